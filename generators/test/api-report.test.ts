import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiReport, runApiReport } from '../src/release/api-report.js';
import { tempRoot } from './helpers.js';

/** A workspace with one published package `@fx/lib` whose built declarations are `dts`. */
function fixture(dts: Record<string, string>): { root: string; dir: string } {
  const root = tempRoot('jss-api-');
  const dir = join(root, 'packages', 'lib');
  const files: Record<string, string> = {
    'pnpm-workspace.yaml': 'packages:\n  - packages/*\n',
    'package.json': JSON.stringify({ name: 'fx-root', private: true }),
    'packages/lib/package.json': JSON.stringify({
      name: '@fx/lib',
      version: '0.0.0',
      exports: {
        '.': { import: { types: './dist/index.d.ts' }, require: { types: './dist/index.d.cts' } },
        './sub': { types: './dist/sub.d.ts' },
        './locales/*': { types: './dist/locales/*.d.ts' },
        './data.json': './data.json',
      },
    }),
    ...Object.fromEntries(Object.entries(dts).map(([path, text]) => [`packages/lib/dist/${path}`, text])),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, dir };
}

const BASE = {
  'index.d.ts': [
    "export * from './impl.js';",
    '/** Docs are not API. */',
    'export declare function zeta(a: string): number;',
    "export { Thing as Alias } from './impl.js';",
  ].join('\n'),
  'impl.d.ts': 'export interface Thing { readonly id: string }\nexport declare const TABLE: readonly string[];\n',
  'sub.d.ts': 'export type Mode = "a" | "b";\n',
  'locales/en.d.ts': 'export declare const messages: Record<string, string>;\n',
  'locales/zh.d.ts': 'export declare const messages: Record<string, string>;\n',
};

describe('the API report', () => {
  it('lists every entry point of package.json "exports", each export sorted, with its kind and declaration', () => {
    const report = apiReport(fixture(BASE).dir);
    const headings = report.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# @fx/lib: public API',
      '## `@fx/lib`',
      '### Alias (interface)',
      '### TABLE (const)',
      '### Thing (interface)',
      '### zeta (function)',
      '## `@fx/lib/sub`',
      '### Mode (type)',
      '## `@fx/lib/locales/en`',
      '### messages (const)',
      '## `@fx/lib/locales/zh`',
      '### messages (const)',
      '## Files',
    ]);
    expect(report).toContain('```ts\nfunction zeta(a: string): number;\n```');
    expect(report).toContain('const TABLE: readonly string[];');
    expect(report).toContain('- `./data.json`');
    expect(report).not.toContain('Docs are not API');
  });

  it('differs when a declaration changes, and not when only its documentation does', () => {
    const before = apiReport(fixture(BASE).dir);
    const reworded = { ...BASE, 'index.d.ts': BASE['index.d.ts'].replace('Docs are not API.', 'Reworded.') };
    expect(apiReport(fixture(reworded).dir)).toBe(before);
    const widened = { ...BASE, 'index.d.ts': BASE['index.d.ts'].replace('a: string', 'a: string | number') };
    const after = apiReport(fixture(widened).dir);
    expect(after).not.toBe(before);
    expect(after).toContain('function zeta(a: string | number): number;');
  });

  it('says to build first when a declaration file is missing', () => {
    const { 'sub.d.ts': _, ...rest } = BASE;
    expect(() => apiReport(fixture(rest).dir)).toThrow(/sub\.d\.ts is missing: run `pnpm build` first/);
  });
});

describe('pnpm api-report --check', () => {
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  afterEach(() => stderr.mockClear());

  it('passes when the committed report is the built one, and fails with a diff when it is stale', () => {
    const { root, dir } = fixture(BASE);
    expect(runApiReport(['--check'], root)).toBe(1); // no report yet
    expect(runApiReport([], root)).toBe(0);
    expect(readFileSync(join(dir, 'api-report.md'), 'utf8')).toBe(apiReport(dir));
    expect(runApiReport(['--check'], root)).toBe(0);

    writeFileSync(join(dir, 'dist', 'sub.d.ts'), 'export type Mode = "a" | "b" | "c";\n');
    stderr.mockClear();
    expect(runApiReport(['--check'], root)).toBe(1);
    const said = stderr.mock.calls.map(([text]) => String(text)).join('');
    expect(said).toContain('--- packages/lib/api-report.md (committed)');
    expect(said).toContain('-type Mode = "a" | "b";\n+type Mode = "a" | "b" | "c";');
    expect(said).toContain('the public API changed (packages/lib/api-report.md)');
  });
});
