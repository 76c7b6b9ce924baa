import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readmeBlocks } from './readme-blocks.js';
import { repoRoot } from './scratch.js';

const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const cli = join(repoRoot, 'packages', 'errors-cli', 'bin', 'jss-errors.js');
const readmes = [
  join(repoRoot, 'README.md'),
  ...readdirSync(join(repoRoot, 'packages')).map((name) => join(repoRoot, 'packages', name, 'README.md')),
];

// Inside this package, so the blocks import the built @jss packages (and the clients and
// frameworks they show) as a user's project does.
const dir = join(repoRoot, 'tests', 'consumers', `.readme-blocks-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README code blocks', () => {
  it('every ts and js block of every README compiles against the built packages', () => {
    mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    const skipped: string[] = [];
    const transcripts: string[] = [];
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
    '  ```js',
    "  require('x');",
    '  ```',
    '<!-- readme-block: not compiled, two versions of one app -->',
    '```ts',
    'const app = 1;',
    '```',
  ].join('\n');

  it('finds ts and js blocks, dedents list items, reads the markers', () => {
    expect(readmeBlocks(md)).toEqual([
      { line: 4, lang: 'transcript', code: '$ jss-errors list\nNoSuchKey', prelude: '', notCompiled: undefined },
      { line: 9, lang: 'ts', code: 'res.status;', prelude: 'declare const res: Response;', notCompiled: undefined },
      { line: 13, lang: 'js', code: "require('x');", prelude: '', notCompiled: undefined },
      {
        line: 17,
        lang: 'ts',
        code: 'const app = 1;',
        prelude: '',
        notCompiled: 'not compiled, two versions of one app',
      },
    ]);
  });

  it('refuses an opt-out without a reason, a marker on a block never compiled, an unclosed block', () => {
    expect(() => readmeBlocks('<!-- readme-block: not compiled -->\n```ts\nx\n```')).toThrow(/say why/);
    expect(() => readmeBlocks('<!-- readme-block: declare const x: 1; -->\n```sh\nx\n```')).toThrow(/never compiled/);
    expect(() => readmeBlocks('```ts\nx')).toThrow(/never closed/);
  });
});
