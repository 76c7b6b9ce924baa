import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { errorInfo, JSS_HTTP_STATUSES } from '@jss/error-codes';
import { describe, expect, it } from 'vitest';
import { ALIASES, JSS_ERROR_CODES } from './catalog.js';
import { BIN, runAll, runBin } from './run-bin.js';

/** A typo: two neighbouring letters swapped in the middle. */
const swapped = (code: string) => {
  const i = Math.floor(code.length / 2);
  return code.slice(0, i - 1) + code[i] + code[i - 1] + code.slice(i + 1);
};

describe('codes as typed', () => {
  it('takes every alias, in any case, as its code', { timeout: 60_000 }, async () => {
    expect(ALIASES.length).toBeGreaterThan(0);
    await runAll(ALIASES, async ({ alias, code }) => {
      const run = await runBin(['explain', alias.toUpperCase(), '--json']);
      expect(run.status, alias).toBe(0);
      expect(JSON.parse(run.stdout).code).toBe(code);
    });
  });

  it('suggests the code for a typo of every code, and exits 1', { timeout: 120_000 }, async () => {
    const typos = JSS_ERROR_CODES.map((code) => ({ code, typo: swapped(code) })).filter(
      ({ typo }) => !JSS_ERROR_CODES.some((c) => c.toLowerCase() === typo.toLowerCase()),
    );
    await runAll(typos, async ({ code, typo }) => {
      const run = await runBin(['explain', typo, '--json']);
      expect(run.status, typo).toBe(1);
      const out = JSON.parse(run.stdout);
      expect(out).toMatchObject({ error: 'unknownCode', input: typo });
      expect(out.suggestions, typo).toContain(code);
    });
  });

  it('words the suggestion on stderr, and points to list when nothing is near', async () => {
    const near = await runBin(['explain', 'NoSuchBukcet']);
    expect(near.status).toBe(1);
    expect(near.stdout).toBe('');
    expect(near.stderr).toMatch(/unknown code "NoSuchBukcet"\. Did you mean NoSuchBucket\b/);
    const far = await runBin(['explain', 'Zzzzzzzzzzzzzzzzzzzzzzzz']);
    expect(far.status).toBe(1);
    expect(far.stderr).toContain('jss-errors list');
  });

  it('never echoes terminal controls or bidi overrides from what was typed', async () => {
    const hostile = '\u001b]0;owned\u0007\u001b[31mNoSuch\u009b2J\u202eBucket\r';
    for (const args of [
      ['explain', hostile],
      ['explain', 'NoSuchBucket', '--lang', hostile],
      ['list', '--status', hostile],
    ]) {
      const run = await runBin(args);
      expect(run.stderr + run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
  });
});

describe('explain options', () => {
  it('falls back to the source locale for a language without texts, saying so', async () => {
    const run = await runBin(['explain', 'NoSuchBucket', '--lang', 'fr', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).locale).toBe('en');
    expect(run.stderr).toContain('"fr"');
  });

  it('reads zh-CN as zh', async () => {
    const run = await runBin(['explain', 'NoSuchBucket', '--lang=zh-CN', '--json']);
    expect(JSON.parse(run.stdout).locale).toBe('zh');
    expect(run.stderr).toBe('');
  });

  it('colours only when asked on a pipe (FORCE_COLOR), never with NO_COLOR', async () => {
    expect((await runBin(['explain', 'SlowDown'])).stdout).not.toContain('\u001b[');
    expect((await runBin(['explain', 'SlowDown'], { FORCE_COLOR: '1' })).stdout).toContain(
      '\u001b[1mSlowDown\u001b[22m',
    );
    expect((await runBin(['explain', 'SlowDown'], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toContain(
      '\u001b[',
    );
  });
});

describe('list', () => {
  it('lists every code, one a line, with its status and wire message', async () => {
    const run = await runBin(['list']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(JSS_ERROR_CODES.length);
    JSS_ERROR_CODES.forEach((code, i) => {
      expect(lines[i]!.split(/\s+/).slice(0, 2)).toEqual([String(errorInfo[code].httpStatus), code]);
      expect(lines[i]).toContain(errorInfo[code].message);
    });
  });

  it('ends quietly with exit 0 when the reader closes the pipe early (`list | head -1`)', async () => {
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

  it('--status keeps the codes a client may see with it, for every status', { timeout: 60_000 }, async () => {
    await runAll(JSS_HTTP_STATUSES, async (status) => {
      const run = await runBin(['list', '--status', String(status), '--json']);
      expect(run.status).toBe(0);
      const expected = JSS_ERROR_CODES.filter((c) => (errorInfo[c].statuses as readonly number[]).includes(status));
      expect(JSON.parse(run.stdout).map((r: { code: string }) => r.code)).toEqual(expected);
    });
  });

  it('exits 1 for a status no code has, 2 for something that is no status', async () => {
    const none = await runBin(['list', '--status', '299']);
    expect([none.status, none.stdout]).toEqual([1, '']);
    expect((await runBin(['list', '--status', '4o4'])).status).toBe(2);
  });
});

describe('the rest of the command line', () => {
  it('has --help (exit 0), and shows it on stderr with exit 2 when given nothing', async () => {
    const help = await runBin(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['explain', 'list', 'mock', 'diff']) expect(help.stdout).toContain(`jss-errors ${command}`);
    expect((await runBin(['explain', '--help'])).stdout).toContain('--lang');
    const nothing = await runBin([]);
    expect([nothing.status, nothing.stdout]).toEqual([2, '']);
    expect(nothing.stderr).toBe(help.stdout);
  });

  it('refuses unknown commands and options with exit 2', async () => {
    for (const args of [['frobnicate'], ['explain', 'NoSuchBucket', '--colour'], ['explain'], ['list', '--json=1']]) {
      const run = await runBin(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('jss-errors --help');
    }
  });

  it('prints the package version', async () => {
    const manifest = createRequire(import.meta.url).resolve('@jss/errors-cli/package.json');
    const run = await runBin(['--version']);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(manifest, 'utf8')).version);
  });

  it('says diff and changeset run in the catalog repository, exit 2', async () => {
    for (const command of ['diff', 'changeset']) {
      const run = await runBin([command]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`pnpm jss-errors ${command}`);
    }
  });

  it('says how to install @jss/errors-testing for mock when it is absent, exit 1', async () => {
    const run = await runBin(['mock', '--port', '0']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm install --save-dev @jss/errors-testing');
  });
});
