import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generate } from '../src/generate.js';
import { generatedNotice, headerSafePath, withHeader } from '../src/output/header.js';
import { listFiles, readTiny, tempRoot } from './helpers.js';

/** Every character JavaScript, YAML or HTML treat as a line break. */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
/** Paths made of the characters that matter here, mixed with any others. */
const hostilePath = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\n', '\r', '\u2028', '\u2029', '\u0085', '*/', '/*', '-->', '<!--', '#', '\\', '"', '\ud800'),
    fc.constantFrom('\u202e', '\u2066', '\ufeff', '\u0000', 'globalThis.X=1;', '/', '.yaml'),
    fc.string({ unit: 'binary', maxLength: 3 }),
  ),
  maxLength: 20,
});
const BODY = 'export const answer = 42;\n';

describe('the generated header', () => {
  it('is one TypeScript comment line whatever the catalog path', () => {
    fc.assert(
      fc.property(hostilePath, (path) => {
        const text = withHeader('ts', path, BODY);
        const firstLine = text.slice(0, text.indexOf('\n'));
        expect(firstLine).not.toMatch(LINE_BREAK);
        expect(ts.getLeadingCommentRanges(text, 0)).toEqual([
          { pos: 0, end: firstLine.length, hasTrailingNewLine: true, kind: ts.SyntaxKind.SingleLineCommentTrivia },
        ]);
        expect(text.slice(firstLine.length)).toBe(`\n\n${BODY}`);
      }),
    );
  });

  it('is one closed Markdown comment and one YAML comment whatever the catalog path', () => {
    fc.assert(
      fc.property(hostilePath, (path) => {
        const md = withHeader('md', path, '# Title\n');
        expect(md.indexOf('-->')).toBe(md.indexOf('\n') - 3);
        expect(md.slice(0, md.indexOf('\n'))).not.toMatch(LINE_BREAK);
        const yamlText = withHeader('yaml', path, 'key: value\n');
        expect(yamlText).toBe(`# ${generatedNotice(path)}\nkey: value\n`);
        expect(generatedNotice(path)).not.toMatch(LINE_BREAK);
        const yaml = parseDocument(yamlText);
        expect(yaml.errors).toEqual([]);
        expect(yaml.toJS()).toEqual({ key: 'value' });
      }),
    );
  });

  it('keeps the path recoverable: the escape is reversible', () => {
    fc.assert(
      fc.property(hostilePath, (path) => {
        const escaped = headerSafePath(path);
        expect(JSON.parse(`"${escaped.replace(/"/g, '\\"')}"`)).toBe(path);
      }),
    );
  });

  it('leaves ordinary paths, non-ASCII names included, as they are', () => {
    const ordinary = ['catalog/errors.yaml', '../jss-errors/catalog/errors.yaml', '目录/errors.yaml', 'a b/c.yaml'];
    for (const path of ordinary) expect(headerSafePath(path)).toBe(path);
  });

  it('turns no catalog folder name into code (review D15)', async () => {
    for (const folder of ['d\u2028globalThis.JSS_PWNED_LS=1;', 'e\nglobalThis.JSS_PWNED_LF=1;']) {
      const root = tempRoot();
      const catalog = join(root, folder, 'errors.yaml');
      mkdirSync(join(root, folder));
      writeFileSync(catalog, readTiny());
      generate({ catalog, out: root });
      for (const file of listFiles(root).filter((f) => f.endsWith('.ts'))) {
        const source = readFileSync(join(root, file), 'utf8');
        expect(source.slice(0, source.indexOf('\n')), file).not.toMatch(LINE_BREAK);
      }
      const codes = readFileSync(join(root, 'packages/error-codes/src/generated/codes.ts'), 'utf8');
      const js = ts.transpileModule(codes, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      }).outputText;
      writeFileSync(join(root, 'codes.mjs'), js);
      await import(join(root, 'codes.mjs'));
    }
    expect((globalThis as Record<string, unknown>).JSS_PWNED_LS).toBeUndefined();
    expect((globalThis as Record<string, unknown>).JSS_PWNED_LF).toBeUndefined();
  });
});
