import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { errorInfo, jssHttpStatuses } from '@jss/error-codes';
import { describe, expect, it } from 'vitest';
import { ALIASES, jssErrorCodes, jssLocales, JSS_SOURCE_LOCALE } from './catalog.js';
import { runCli } from './run-cli.js';
import { typosOfEveryCode } from './typos.js';

describe('codes as typed', () => {
  it('takes every alias, in any case, as its code', async () => {
    expect(ALIASES.length).toBeGreaterThan(0);
    for (const { alias, code } of ALIASES) {
      const run = await runCli(['explain', alias.toUpperCase(), '--json']);
      expect(run.status, alias).toBe(0);
      expect(JSON.parse(run.stdout).code).toBe(code);
    }
  });

  it('suggests the code for a typo of every code, and exits 1', async () => {
    for (const { code, typo } of typosOfEveryCode()) {
      const run = await runCli(['explain', typo, '--json']);
      expect(run.status, typo).toBe(1);
      const out = JSON.parse(run.stdout);
      expect(out).toMatchObject({ error: 'unknownCode', input: typo });
      expect(out.suggestions, typo).toContain(code);
    }
  });

  it('keeps what was typed, escaped, in the --json answer', async () => {
    const typed = 'No\u009bSuch\u202eBucket\u007f';
    const run = await runCli(['explain', typed, '--json']);
    expect(run.stdout).not.toMatch(/[\u007f-\u009f\u202e]/);
    expect(JSON.parse(run.stdout).input).toBe(typed);
  });

  it('words the suggestion on stderr, and points to list when nothing is near', async () => {
    const { code, typo } = typosOfEveryCode()[0]!;
    const near = await runCli(['explain', typo]);
    expect(near.status).toBe(1);
    expect(near.stdout).toBe('');
    const offered = /^jss-errors: unknown code "(.+)"\. Did you mean (.+)\?\n$/.exec(near.stderr);
    expect(offered?.[1]).toBe(typo);
    expect(offered?.[2]?.split(', ')).toContain(code);
    const far = await runCli(['explain', 'Zzzzzzzzzzzzzzzzzzzzzzzz']);
    expect(far.status).toBe(1);
    expect(far.stderr).toContain('jss-errors list');
  });

  it('never echoes terminal controls or bidi overrides from what was typed', async () => {
    const hostile = '\u001b]0;owned\u0007\u001b[31mNoSuch\u009b2J\u202eBucket\r';
    for (const args of [
      ['explain', hostile],
      ['explain', hostile, '--json'],
      ['explain', jssErrorCodes[0]!, '--lang', hostile],
      ['list', '--status', hostile],
      [hostile],
      ['explain', `--${hostile}`],
    ]) {
      const run = await runCli(args);
      expect(run.stderr + run.stdout, JSON.stringify(args)).not.toMatch(
        /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/,
      );
    }
  });
});

describe('explain options', () => {
  const code = jssErrorCodes[0]!;

  it('falls back to the source locale for a language without texts, saying so', async () => {
    // A language tag no catalog locale can be: `x-` tags are private use.
    const run = await runCli(['explain', code, '--lang', 'x-none', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).locale).toBe(JSS_SOURCE_LOCALE);
    expect(run.stderr).toContain('"x-none"');
  });

  it('reads a region tag of every locale as the locale (zh-CN is zh)', async () => {
    for (const locale of jssLocales.filter((l) => !l.includes('-'))) {
      const run = await runCli(['explain', code, `--lang=${locale}-CN`, '--json']);
      expect(JSON.parse(run.stdout).locale, locale).toBe(locale);
      expect(run.stderr).toBe('');
    }
  });

  it('colours stdout on a terminal or with FORCE_COLOR, never with NO_COLOR', async () => {
    const bold = `\u001b[1m${code}\u001b[22m`;
    const cases: [Parameters<typeof runCli>[1], boolean][] = [
      [{}, false],
      [{ isTTY: { stdout: true } }, true],
      [{ isTTY: { stderr: true } }, false],
      [{ isTTY: { stdout: true }, env: { NO_COLOR: '1' } }, false],
      // no-color.org: an empty NO_COLOR does not count.
      [{ isTTY: { stdout: true }, env: { NO_COLOR: '' } }, true],
      [{ env: { FORCE_COLOR: '1' } }, true],
      [{ env: { FORCE_COLOR: '0' } }, false],
      [{ env: { FORCE_COLOR: '' } }, false],
      [{ env: { FORCE_COLOR: '1', NO_COLOR: '1' } }, false],
    ];
    for (const [options, coloured] of cases) {
      const { stdout } = await runCli(['explain', code], options);
      expect(stdout.startsWith(`${bold}\n`), JSON.stringify(options)).toBe(coloured);
      if (!coloured) expect(stdout, JSON.stringify(options)).not.toContain('\u001b');
    }
  });

  it('colours a message on stderr by whether stderr is a terminal', async () => {
    const { code: near, typo } = typosOfEveryCode()[0]!;
    const bold = `\u001b[1m${near}\u001b[22m`;
    expect((await runCli(['explain', typo], { isTTY: { stderr: true } })).stderr).toContain(bold);
    expect((await runCli(['explain', typo], { isTTY: { stdout: true } })).stderr).not.toContain('\u001b');
  });
});

describe('list', () => {
  it('lists every code, one a line, with its status and wire message', async () => {
    const run = await runCli(['list']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(jssErrorCodes.length);
    jssErrorCodes.forEach((code, i) => {
      expect(lines[i]!.split(/\s+/).slice(0, 2)).toEqual([String(errorInfo[code].httpStatus), code]);
      expect(lines[i]).toContain(errorInfo[code].message);
    });
  });

  it('--status keeps the codes a client may see with it, for every status', async () => {
    for (const status of jssHttpStatuses) {
      const run = await runCli(['list', '--status', String(status), '--json']);
      expect(run.status).toBe(0);
      const expected = jssErrorCodes.filter((c) => (errorInfo[c].statuses as readonly number[]).includes(status));
      expect(JSON.parse(run.stdout).map((r: { code: string }) => r.code)).toEqual(expected);
    }
  });

  it('exits 1 for a status no code has, 2 for something that is no status', async () => {
    const unused = [...Array(400).keys()]
      .map((i) => 200 + i)
      .find((s) => !(jssHttpStatuses as readonly number[]).includes(s));
    const none = await runCli(['list', '--status', String(unused)]);
    expect([none.status, none.stdout]).toEqual([1, '']);
    expect((await runCli(['list', '--status', '4o4'])).status).toBe(2);
  });
});

describe('the rest of the command line', () => {
  it('has --help (exit 0), and shows it on stderr with exit 2 when given nothing', async () => {
    const help = await runCli(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['explain', 'list', 'mock', 'diff']) expect(help.stdout).toContain(`jss-errors ${command}`);
    expect((await runCli(['explain', '--help'])).stdout).toContain('--lang');
    expect((await runCli(['list', '-h'])).stdout).toContain('--status');
    const nothing = await runCli([]);
    expect([nothing.status, nothing.stdout]).toEqual([2, '']);
    expect(nothing.stderr).toBe(help.stdout);
  });

  it('refuses unknown commands and options with exit 2', async () => {
    const code = jssErrorCodes[0]!;
    for (const args of [
      ['frobnicate'],
      ['explain', code, '--colour'],
      ['explain'],
      ['explain', code, code],
      ['explain', code, '--lang'],
      ['list', '--json=1'],
      ['list', code],
    ]) {
      const run = await runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr).toContain('jss-errors --help');
    }
  });

  it('prints the package version', async () => {
    const manifest = createRequire(import.meta.url).resolve('@jss/errors-cli/package.json');
    const run = await runCli(['--version']);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(manifest, 'utf8')).version);
  });

  it('says diff and changeset run in the catalog repository, exit 2', async () => {
    for (const command of ['diff', 'changeset']) {
      const run = await runCli([command]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`pnpm jss-errors ${command}`);
    }
  });
});
