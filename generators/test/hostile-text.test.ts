import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { readTiny, rootWithCatalog } from './helpers.js';

/** Catalog text is data: quotes, backslashes, comment ends and line separators stay inside literals. */
const HOSTILE = `It's a "test" \\ with */ and \${x} and </Message> and \u2028 and \`tick\``;
/** Human text may span lines; this one starts with a break and an indented line, YAML's hard case. */
const HOSTILE_HUMAN = `\n  | not a table: # or a comment -->\n*/ & 'q' "q" \\ \u2028`;

/** The fixture with SlowDown's wire message and English text replaced by the hostile ones. */
const hostileCatalog = readTiny()
  .replace('message: Please reduce your request rate.', `message: ${JSON.stringify(HOSTILE)}`)
  .replace('en: Please reduce your request rate.', `en: ${JSON.stringify(HOSTILE_HUMAN)}`);

describe('catalog text that looks like code', () => {
  const { root, catalog } = rootWithCatalog(hostileCatalog);
  generate({ catalog, out: root });

  for (const file of [
    'packages/error-codes/src/generated/info.ts',
    'packages/errors/src/generated/classes.ts',
    'packages/error-codes/src/generated/codes.ts',
  ]) {
    it(`${file} still parses and keeps the text exactly`, () => {
      const source = readFileSync(join(root, file), 'utf8');
      const output = ts.transpileModule(source, {
        reportDiagnostics: true,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      expect(output.diagnostics ?? []).toEqual([]);
      const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
      const strings: string[] = [];
      const visit = (node: ts.Node) => {
        if (ts.isStringLiteral(node)) strings.push(node.text);
        ts.forEachChild(node, visit);
      };
      visit(parsed);
      // Had a `*/` closed a doc comment early, the text after it would not parse, or not be one string.
      if (!file.endsWith('codes.ts')) expect(strings).toContain(HOSTILE);
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the hostile text holds a literal `${x}`
      else expect(source).toContain('*\\/ and ${x}');
    });
  }
});

describe('catalog text in YAML, JSON and Markdown outputs', () => {
  const { root, catalog } = rootWithCatalog(hostileCatalog);
  generate({ catalog, out: root });
  const read = (file: string) => readFileSync(join(root, file), 'utf8');

  it.each(['packages/errors-openapi/openapi/openapi.yaml', 'packages/errors-openapi/openapi/openapi-3.0.yaml'])(
    '%s parses and keeps both texts',
    (file) => {
      const doc = parseYaml(read(file)) as { components: { responses: Record<string, { description: string }> } };
      expect(JSON.stringify(doc)).toContain(JSON.stringify(HOSTILE).slice(1, -1));
      expect(doc.components.responses.SlowDown!.description).toContain(HOSTILE_HUMAN);
    },
  );

  it('the JSON bundles and documents parse and keep the text', () => {
    const en = JSON.parse(read('packages/errors-i18n/locales/en.json')) as Record<string, string>;
    expect(en.SlowDown).toBe(HOSTILE_HUMAN);
    expect(JSON.stringify(JSON.parse(read('packages/errors-openapi/openapi/openapi.json')))).toContain(
      JSON.stringify(HOSTILE).slice(1, -1),
    );
  });

  it('the Markdown reference keeps one table row per code', () => {
    const doc = read('docs/errors.en.md');
    // The table of codes, before the first section (a code's section has a table of its fields).
    const rows = doc
      .slice(0, doc.indexOf('\n## '))
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    const model = JSON.parse(read('packages/error-codes/catalog/errors.json')) as { errors: { variants: unknown[] }[] };
    expect(rows).toHaveLength(model.errors.reduce((n, e) => n + 1 + e.variants.length, 0));
    const slow = rows.find((r) => r.startsWith('| `SlowDown`'))!;
    // Every pipe inside a cell is escaped, so the row still has exactly four cells.
    expect(slow.replace(/\\\|/g, '').split('|')).toHaveLength(6);
  });
});
