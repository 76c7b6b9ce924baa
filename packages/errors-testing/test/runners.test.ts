import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

it('works under node:test, without vitest or any global', async () => {
  const { stdout } = await run(process.execPath, ['--test', '--test-reporter=tap', fixture('node-test-runner.mjs')]);
  expect(stdout).toMatch(/^# pass 1$/m);
  expect(stdout).toMatch(/^# fail 0$/m);
});

it('loads from CommonJS (require), as jest does by default', async () => {
  const { stdout } = await run(process.execPath, [fixture('commonjs.cjs')]);
  expect(stdout.trim()).toBe('404 NoSuchKey');
});
