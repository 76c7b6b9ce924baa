import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const config = fileURLToPath(new URL('./jest/jest.config.cjs', import.meta.url));

interface JestReport {
  readonly numFailedTests: number;
  readonly numPassedTests: number;
  readonly testResults: readonly { readonly name: string; readonly status: string }[];
}

it('runs under jest: a CommonJS suite with aws-sdk-client-mock, an ES module suite in-process', async () => {
  // `--experimental-vm-modules` is how jest loads `.mjs` tests; `--json` is its own report.
  const { stdout } = await run(
    process.execPath,
    ['--experimental-vm-modules', '--no-warnings', jest, '--config', config, '--ci', '--json'],
    { env: { ...process.env, NODE_OPTIONS: '' } },
  ).catch((error: { stdout: string; stderr: string }) => {
    throw new Error(`jest failed:\n${error.stderr}`);
  });
  const report = JSON.parse(stdout) as JestReport;
  expect(report.numFailedTests).toBe(0);
  expect(report.numPassedTests).toBeGreaterThan(0);
  const suites = report.testResults.map((r) => [r.name.replace(/^.*\//, ''), r.status]).sort();
  expect(suites).toEqual([
    ['aws-sdk-client-mock.test.cjs', 'passed'],
    ['in-process.test.mjs', 'passed'],
  ]);
});
