// `generate --watch`, spawned as a user runs it, on a temp copy of the tiny catalog.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EDITS } from './diff-edits.js';
import { cliPath, readTiny, rootWithCatalog, runCli } from './helpers.js';

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

/** Starts the watcher; `until` waits for its combined output to match, past what was seen. */
function startWatch(root: string) {
  let output = '';
  let seen = 0;
  child = spawn(process.execPath, [cliPath, '--watch', '--catalog', 'catalog/errors.yaml', '--out', root], {
    cwd: root,
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const until = async (pattern: RegExp): Promise<string> => {
    for (let waited = 0; waited < 15_000; waited += 20) {
      const match = pattern.exec(output.slice(seen));
      if (match) {
        const text = output.slice(seen, seen + match.index + match[0].length);
        seen += match.index + match[0].length;
        return text;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no ${pattern} in watch output:\n${output}`);
  };
  return { until };
}

const status = EDITS.find((e) => e.name === 'status changed')!;
const alias = EDITS.find((e) => e.name === 'alias added')!;

describe('generate --watch', () => {
  it('regenerates each good save with its summary, writes nothing for a broken one, keeps watching', async () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    const info = join(root, 'packages/error-codes/src/generated/info.ts');
    const watch = startWatch(root);
    await watch.until(/watching .*errors\.yaml\n/);
    expect(readFileSync(info, 'utf8')).toContain('httpStatus: 400');

    writeFileSync(catalog, status.edit(readTiny()));
    const saved = await watch.until(/generate: \d+ written.*\n/);
    expect(saved).toContain('SlowDown status 400 → 503 (breaking). Release: major (@jss/error-codes, @jss/errors,');
    const written = readFileSync(info, 'utf8');
    expect(written).toMatch(/SlowDown: \{\s+httpStatus: 503/);

    const broken = `${status.edit(readTiny())}\nerrors: [\n`;
    writeFileSync(catalog, broken);
    const errors = await watch.until(/Nothing was written; still watching\.\n/);
    expect(errors).toMatch(/^catalog\/errors\.yaml:\d+:\d+: /m);
    expect(readFileSync(info, 'utf8')).toBe(written);

    writeFileSync(catalog, alias.edit(status.edit(readTiny())));
    const fixed = await watch.until(/generate: \d+ written.*\n/);
    // Compared with the last good save, not with the broken one.
    expect(fixed).toContain('alias MissingBucket added (minor)');
    expect(fixed).not.toContain('status');
    expect(readFileSync(join(root, 'packages/error-codes/src/generated/lookup.ts'), 'utf8')).toContain('missingbucket');
  });

  it("regenerates a save refused by another run's lock once that lock is released, with no new save", async () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    const watch = startWatch(root);
    await watch.until(/watching .*errors\.yaml\n/);
    const lock = join(root, '.jss-generate.lock');
    // Held by this (live) test process, as another generate run would.
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: 'now' }));
    writeFileSync(catalog, status.edit(readTiny()));
    await watch.until(/another generate run holds the lock .*\nRetrying until it is free\.\n/);
    rmSync(lock);
    const saved = await watch.until(/generate: \d+ written.*\n/);
    expect(saved).toContain('SlowDown status 400 → 503');
    expect(runCli(['--check', '--catalog', catalog, '--out', root], root).status).toBe(0);
  });
});
