import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jssErrorCodes } from './catalog.js';
import { runBin } from './run-bin.js';

// A project with the CLI installed beside a stand-in @jss/errors-testing, as npm lays it out.
const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
let project: string;

function installTesting(cliSource: string) {
  const dir = join(project, 'node_modules/@jss/errors-testing');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: '@jss/errors-testing', type: 'module', exports: { './cli': './cli.js' } }),
  );
  writeFileSync(join(dir, 'cli.js'), cliSource);
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'jss-errors-cli-'));
  const scope = join(project, 'node_modules/@jss');
  mkdirSync(scope, { recursive: true });
  const cli = packageDir('@jss/errors-cli');
  for (const part of ['package.json', 'bin', 'dist'])
    cpSync(join(cli, part), join(scope, 'errors-cli', part), { recursive: true });
  for (const name of ['error-codes', 'errors-i18n']) symlinkSync(packageDir(`@jss/${name}`), join(scope, name), 'dir');
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

const bin = () => join(project, 'node_modules/@jss/errors-cli/bin/jss-errors.js');

describe('jss-errors mock without @jss/errors-testing', () => {
  it('says how to install it, exit 1', async () => {
    rmSync(join(project, 'node_modules/@jss/errors-testing'), { recursive: true, force: true });
    const run = await runBin(['mock', '--port', '0'], {}, bin());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm install --save-dev @jss/errors-testing');
  });
});

describe('jss-errors mock with @jss/errors-testing installed', () => {
  it('hands the arguments to runMockCommand and exits with what it returns', async () => {
    installTesting(
      'export async function runMockCommand(args) { process.stdout.write(JSON.stringify(args)); return 3; }',
    );
    const run = await runBin(['mock', '--port', '0', 'extra'], {}, bin());
    expect(run.stdout).toBe('["--port","0","extra"]');
    expect(run.status).toBe(3);
  });

  it('does not hide a missing dependency of the testing package behind the install hint', async () => {
    installTesting("import 'jss-no-such-dependency';\nexport function runMockCommand() { return 0; }");
    const run = await runBin(['mock'], {}, bin());
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('jss-no-such-dependency');
    expect(run.stderr).not.toContain('npm install --save-dev');
  });

  it('still explains codes from the installed layout', async () => {
    const run = await runBin(['explain', jssErrorCodes[0]!, '--json'], {}, bin());
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).code).toBe(jssErrorCodes[0]);
  });
});
