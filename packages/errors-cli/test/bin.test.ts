import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, it } from 'vitest';
import { jssErrorCodes, jssLocales, JSS_SOURCE_LOCALE } from './catalog.js';
import { BIN, runBin } from './run-bin.js';
import { runCli } from './run-cli.js';
import { typosOfEveryCode } from './typos.js';

// The other tests run the CLI in-process; these run the built bin as a user does, and check that
// it prints and exits exactly as the in-process entry does. Concurrent: each waits on a child.
describe.concurrent('the bin as shipped', () => {
  const code = jssErrorCodes[0]!;
  const locale = jssLocales.find((l) => l !== JSS_SOURCE_LOCALE) ?? JSS_SOURCE_LOCALE;
  const cases: { args: string[]; env?: Record<string, string>; status: number }[] = [
    { args: ['--help'], status: 0 },
    { args: ['explain', code, '--lang', locale], status: 0 },
    // FORCE_COLOR reaches the bin from the environment, and styles stderr on a pipe.
    { args: ['explain', typosOfEveryCode()[0]!.typo], env: { FORCE_COLOR: '1' }, status: 1 },
    { args: [], status: 2 },
  ];

  for (const { args, env, status } of cases) {
    it(`jss-errors ${args.join(' ')}${env ? ' with FORCE_COLOR' : ''}: exit ${status}, as in-process`, async ({
      expect,
    }) => {
      const [bin, inProcess] = await Promise.all([runBin(args, env), runCli(args, { env })]);
      expect(bin.status).toBe(status);
      expect(bin.stdout + bin.stderr).not.toBe('');
      // Its stdout and stderr are pipes here: colour only when FORCE_COLOR asks.
      expect((bin.stdout + bin.stderr).includes('\u001b[')).toBe(env?.FORCE_COLOR !== undefined);
      expect(bin).toEqual(inProcess);
    });
  }

  it('ends quietly with exit 0 when the reader closes the pipe early (`list | head -1`)', async ({ expect }) => {
    const child = spawn(process.execPath, [BIN, 'list'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    // Read the first chunk, then close our end, as `head -1` does.
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [status] = (await once(child, 'exit')) as [number | null];
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
