import {
  jssRetiredCodes,
  type JssRetiredCodeInfo,
  resolveJssErrorCode,
  resolveRetiredJssErrorCode,
  retiredCodeInfo,
} from '@jss/error-codes';
import { describe, expect, it } from 'vitest';
import type { RetiredCodes } from '../src/retired-codes.js';
import { jssErrorCodes } from './catalog.js';
import { runCli } from './run-cli.js';

/** A name no live code has, so `explain` reaches the retired path for it. */
function unusedName(): string {
  let name = 'RetiredForTest';
  while (resolveJssErrorCode(name) !== undefined) name += 'X';
  return name;
}

/**
 * Retired codes as the catalog would give them, for the real catalog may retire nothing: one
 * replaced by a live code, one with no replacement and a hostile reason, each with an alias.
 */
function retiredCodes(): {
  codes: RetiredCodes;
  replaced: string;
  dropped: string;
  info: Record<string, JssRetiredCodeInfo>;
} {
  const replaced = unusedName();
  const dropped = `${replaced}Dropped`;
  const live = jssErrorCodes[0]!;
  const info: Record<string, JssRetiredCodeInfo> = {
    [replaced]: {
      since: '2026-01-02',
      replacement: live,
      reason: 'JSS sends the other code now.',
      httpStatus: 409,
      message: 'The old message.',
      aliases: [`${replaced}Alias`],
    },
    [dropped]: {
      since: '2026-03-04',
      reason: 'Gone \u001b]0;owned\u0007\u202e for good.',
      httpStatus: 400,
      message: 'Another old message.',
      aliases: [],
    },
  };
  // Matched as the catalog's resolver does: trimmed, any case, through the aliases.
  const index = new Map<string, string>();
  for (const [code, { aliases }] of Object.entries(info))
    for (const spelling of [code, ...aliases]) index.set(spelling.toLowerCase(), code);
  const codes: RetiredCodes = {
    resolve: (input) => index.get(input.trim().toLowerCase()),
    info: (code) => info[code]!,
  };
  return { codes, replaced, dropped, info };
}

describe('explain a retired code', () => {
  const { codes, replaced, dropped, info } = retiredCodes();
  const retiredInfo = info[replaced]!;

  it('says when and why it was retired and what to use instead, on stderr, exit 1', async () => {
    for (const typed of [replaced, replaced.toUpperCase(), retiredInfo.aliases[0]!]) {
      const run = await runCli(['explain', typed], { retiredCodes: codes });
      expect(run.status, typed).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `jss-errors: ${replaced} was retired on ${retiredInfo.since}: ${retiredInfo.reason} Use ${retiredInfo.replacement} instead.\n`,
      );
    }
  });

  it('gives the kept facts as JSON, not a typo suggestion', async () => {
    const run = await runCli(['explain', replaced.toLowerCase(), '--json'], { retiredCodes: codes });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ error: 'retiredCode', code: replaced, ...retiredInfo });
    expect(run.stderr).toBe('');
  });

  it('names no replacement when there is none, and prints the reason through terminal escaping', async () => {
    const run = await runCli(['explain', dropped], { retiredCodes: codes });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${dropped} was retired on ${info[dropped]!.since}: Gone `);
    expect(run.stderr).not.toContain(' instead.');
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('bolds the codes only when stderr is a terminal', async () => {
    const bold = (text: string) => `\u001b[1m${text}\u001b[22m`;
    const tty = await runCli(['explain', replaced], { retiredCodes: codes, isTTY: { stderr: true } });
    expect(tty.stderr).toContain(bold(replaced));
    expect(tty.stderr).toContain(bold(retiredInfo.replacement!));
    const pipe = await runCli(['explain', replaced], { retiredCodes: codes, isTTY: { stdout: true } });
    expect(pipe.stderr).not.toContain('\u001b');
  });

  it('still explains live codes and suggests for typos beside them', async () => {
    const live = jssErrorCodes[0]!;
    expect((await runCli(['explain', live], { retiredCodes: codes })).status).toBe(0);
    const unknown = await runCli(['explain', `${live}Zq`, '--json'], { retiredCodes: codes });
    expect(JSON.parse(unknown.stdout)).toMatchObject({ error: 'unknownCode' });
    expect(JSON.parse(unknown.stdout).suggestions).toContain(live);
  });

  it("explains every code the catalog itself retired, through the catalog's data", async () => {
    for (const code of jssRetiredCodes as readonly string[]) {
      const kept = (retiredCodeInfo as Record<string, JssRetiredCodeInfo>)[code]!;
      expect(resolveRetiredJssErrorCode(code)).toBe(code);
      const run = await runCli(['explain', code, '--json']);
      expect(run.status, code).toBe(1);
      expect(JSON.parse(run.stdout)).toEqual({ error: 'retiredCode', code, ...kept });
    }
  });
});
