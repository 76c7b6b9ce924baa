import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const require = createRequire(import.meta.url);
const vitest = `${dirname(require.resolve('vitest/package.json'))}/vitest.mjs`;
const tsc = require.resolve('typescript/bin/tsc');

/** The README's TypeScript blocks that are whole test files (they import from vitest). */
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)]
  .map((m) => m[1] ?? '')
  .filter((code) => /from 'vitest';$/m.test(code));

interface VitestReport {
  readonly numFailedTests: number;
  readonly numPassedTests: number;
  readonly testResults: readonly { readonly name: string; readonly status: string }[];
}

it('compiles and runs the README unit test examples as they are written', async () => {
  expect(blocks.length).toBeGreaterThanOrEqual(2);
  // Inside the package, so `@jss/errors-testing` and its dependencies resolve as in a user's
  // project; each block a file of its own (a stub of S3Client must not reach another block).
  const dir = `${packageDir}.readme-blocks/${process.pid}`;
  mkdirSync(dir, { recursive: true });
  try {
    for (const [i, code] of blocks.entries()) writeFileSync(`${dir}/block-${i + 1}.test.ts`, code);
    writeFileSync(`${dir}/vitest.config.mjs`, "export default { test: { include: ['*.test.ts'] } };\n");
    // The package's own strict settings: what compiles here compiles in a strict user project.
    writeFileSync(`${dir}/tsconfig.json`, JSON.stringify({ extends: '../../tsconfig.json', include: ['*.ts'] }));
    const failed = (what: string) => (error: { stdout: string; stderr: string }) => {
      throw new Error(`the README blocks ${what}:\n${error.stdout}\n${error.stderr}`);
    };
    const [{ stdout }] = await Promise.all([
      run(process.execPath, [vitest, 'run', '--root', dir, '--reporter=json'], {
        env: { ...process.env, NODE_OPTIONS: '--no-warnings' },
      }).catch(failed('failed')),
      run(process.execPath, [tsc, '-p', `${dir}/tsconfig.json`, '--noEmit']).catch(failed('do not compile')),
    ]);
    const report = JSON.parse(stdout) as VitestReport;
    expect(report.numFailedTests).toBe(0);
    expect(report.testResults.map((r) => r.status)).toEqual(blocks.map(() => 'passed'));
    expect(report.numPassedTests).toBe((blocks.join('\n').match(/^it\(/gm) ?? []).length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
