import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { transformSync } from 'esbuild';
import { readmeBlocks, withAssertions } from './readme-blocks.js';
import { repoRoot } from './scratch.js';

const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const cli = join(repoRoot, 'packages', 'errors-cli', 'bin', 'jss-errors.js');
const readmes = [
  join(repoRoot, 'README.md'),
  ...readdirSync(join(repoRoot, 'packages')).map((name) => join(repoRoot, 'packages', name, 'README.md')),
];

// Inside this package, so the blocks import the built @jss packages (and the clients and
// frameworks they show) as a user's project does.
const ASSERT = `import { deepStrictEqual } from 'node:assert/strict';
const __expect = (actual: unknown, expected: unknown, where: string) => deepStrictEqual(actual, expected, where);`;
const dir = join(repoRoot, 'tests', 'consumers', `.readme-blocks-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README code blocks', () => {
  it('every ts and js block of every README compiles against the built packages', () => {
    mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    const skipped: string[] = [];
    const transcripts: string[] = [];
    const runs: string[] = [];
    for (const readme of readmes) {
      const name = relative(repoRoot, readme).replaceAll('/', '_');
      for (const block of readmeBlocks(readFileSync(readme, 'utf8'))) {
        if (block.lang === 'transcript') {
          transcripts.push(block.code);
          continue;
        }
        if (block.notCompiled) {
          skipped.push(`${relative(repoRoot, readme)}:${block.line}`);
          continue;
        }
        // The block's lines keep their README line numbers: line N of the file is line N of the README.
        const file = `${name}.${block.line}.${block.lang === 'ts' ? 'mts' : 'cjs'}`;
        const text = `${'\n'.repeat(block.line - 1)}${block.prelude}\n${block.code}\n`;
        writeFileSync(join(dir, file), text);
        files.push(file);
        if (block.run) {
          const checked = withAssertions(block.code, relative(repoRoot, readme), block.line + 1);
          const { code } = transformSync(`${ASSERT}\n${block.prelude}\n${checked}`, { loader: 'ts', format: 'esm' });
          writeFileSync(join(dir, `${file}.run.mjs`), code);
          runs.push(`${file}.run.mjs`);
        }
      }
    }
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        // A user's strict project on Node: ES modules and CommonJS as Node runs them.
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          module: 'node16',
          moduleResolution: 'node16',
          moduleDetection: 'force',
          allowJs: true,
          checkJs: true,
          esModuleInterop: true,
          resolveJsonModule: true,
          skipLibCheck: true,
          types: ['node'],
        },
        files,
      }),
    );
    const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
    // Every README with code has some compiled; the opt-outs stay few.
    expect(files.length).toBeGreaterThan(20);
    expect(skipped.length, skipped.join(', ')).toBeLessThanOrEqual(3);
    // The blocks that run: their `// literal` comments are asserted.
    expect(runs.length).toBeGreaterThan(3);
    for (const file of runs) {
      const run = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
      expect(run.stderr, file).toBe('');
      expect(run.status, file).toBe(0);
    }
    // The CLI's transcripts: what the built command prints today, catalog facts included.
    expect(transcripts.length).toBeGreaterThan(0);
    for (const transcript of transcripts) {
      const [command = ''] = transcript.split('\n');
      const args = command.slice('$ jss-errors '.length).split(' ');
      const run = spawnSync(process.execPath, [cli, ...args], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(`${command}\n${run.stdout}`.trimEnd(), command).toBe(transcript.trimEnd());
    }
  });
});

describe('readmeBlocks', () => {
  const md = [
    '```sh',
    'pnpm build',
    '```',
    '```',
    '$ jss-errors list',
    'NoSuchKey',
    '```',
    '<!-- readme-block: declare const res: Response; -->',
    '```ts',
    'res.status;',
    '```',
    '- item',
    '  <!-- readme-block: run; const n = 1; -->',
    '  ```js',
    "  require('x');",
    '  ```',
    '<!-- readme-block: not compiled, two versions of one app -->',
    '```ts',
    'const app = 1;',
    '```',
  ].join('\n');

  it('finds ts and js blocks and transcripts, dedents list items, reads the markers', () => {
    const none = { prelude: '', run: false, notCompiled: undefined };
    expect(readmeBlocks(md)).toEqual([
      { ...none, line: 4, lang: 'transcript', code: '$ jss-errors list\nNoSuchKey' },
      { ...none, line: 9, lang: 'ts', code: 'res.status;', prelude: 'declare const res: Response;' },
      { ...none, line: 14, lang: 'js', code: "require('x');", prelude: 'const n = 1;', run: true },
      { ...none, line: 18, lang: 'ts', code: 'const app = 1;', notCompiled: 'not compiled, two versions of one app' },
    ]);
  });

  it('refuses an opt-out without a reason, a marker on a block never compiled, an unclosed block', () => {
    expect(() => readmeBlocks('<!-- readme-block: not compiled -->\n```ts\nx\n```')).toThrow(/say why/);
    expect(() => readmeBlocks('<!-- readme-block: declare const x: 1; -->\n```sh\nx\n```')).toThrow(/never compiled/);
    expect(() => readmeBlocks('```ts\nx')).toThrow(/never closed/);
  });

  it("asserts the value a statement's comment starts with, and nothing else", () => {
    const code = [
      "error.code;        // 'NoSuchBucket' (literal type)",
      'error.httpStatus;  // 404',
      'isJssError(e);     // true: any copy',
      "createJssError('SlowDown', { requestId }); // typed per code",
      '  retryable: true, // not a statement',
      "const code: string = e.name; // 'NoSuchBucketPolicy', a declaration",
    ].join('\n');
    expect(withAssertions(code, 'README.md', 10).split('\n')).toEqual([
      `__expect(error.code, 'NoSuchBucket', "README.md:10: error.code");`,
      '__expect(error.httpStatus, 404, "README.md:11: error.httpStatus");',
      '__expect(isJssError(e), true, "README.md:12: isJssError(e)");',
      "createJssError('SlowDown', { requestId }); // typed per code",
      '  retryable: true, // not a statement',
      "const code: string = e.name; // 'NoSuchBucketPolicy', a declaration",
    ]);
  });
});
