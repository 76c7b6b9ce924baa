import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { readTiny, rootWithCatalog } from './helpers.js';

/** Catalog text is data: quotes, backslashes, comment ends and line separators stay inside literals. */
const HOSTILE = `It's a "test" \\ with */ and \${x} and </Message> and \u2028 and \`tick\``;

describe('catalog text that looks like code', () => {
  const yaml = readTiny().replace('message: Please reduce your request rate.', `message: ${JSON.stringify(HOSTILE)}`);
  const { root, catalog } = rootWithCatalog(yaml);
  generate({ catalog, out: root });

  for (const file of ['packages/error-codes/src/generated/info.ts', 'packages/errors/src/generated/classes.ts', 'packages/error-codes/src/generated/codes.ts']) {
    it(`${file} still parses and keeps the text exactly`, () => {
      const source = readFileSync(join(root, file), 'utf8');
      const output = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
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
      else expect(source).toContain('*\\/ and ${x}');
    });
  }
});
