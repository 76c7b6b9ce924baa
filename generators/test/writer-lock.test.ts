import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emitters } from '../src/emitters/index.js';
import { generate } from '../src/generate.js';
import type { Emitter } from '../src/output/generated-file.js';
import { cliPath, listFiles, readTiny, rootWithCatalog, runCli } from './helpers.js';

const LOCK = '.jss-generate.lock';
const sleepers: ChildProcess[] = [];
afterEach(() => {
  for (const child of sleepers.splice(0)) child.kill();
});

/** A process that is alive until the test ends. */
function liveProcess(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  sleepers.push(child);
  return child.pid!;
}

/** The pid of a process that has exited. */
function deadPid(): number {
  return Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout,
  );
}

function lockText(pid: number, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ pid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z', ...extra })}\n`;
}

describe('the output lock', () => {
  it('makes a second run fail, naming the lock file, while the first is alive; nothing is written', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    const text = lockText(liveProcess());
    writeFileSync(join(root, LOCK), text);
    const result = runCli(['--catalog', catalog, '--out', root], root);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`another generate run holds the lock ${join(root, LOCK)}`);
    expect(result.stderr).toContain('Nothing was changed.');
    expect(listFiles(root)).toEqual([LOCK, 'catalog/errors.yaml']);
    expect(readFileSync(join(root, LOCK), 'utf8')).toBe(text);
  });

  it('takes over a lock whose process has died, and releases it', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    writeFileSync(join(root, LOCK), lockText(deadPid()));
    const result = generate({ catalog, out: root });
    expect(result.plan.created).toContain('packages/errors/src/generated/classes.ts');
    expect(existsSync(join(root, LOCK))).toBe(false);
  });

  it.runIf(existsSync('/proc/self/stat'))('takes over a lock whose pid now names another process', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    writeFileSync(join(root, LOCK), lockText(liveProcess(), { processStart: 1 }));
    generate({ catalog, out: root });
    expect(existsSync(join(root, LOCK))).toBe(false);
    expect(listFiles(root)).toContain('packages/errors/src/generated/classes.ts');
  });

  it('takes over a lock file that is not JSON once it is old', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    writeFileSync(join(root, LOCK), '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(root, LOCK), old, old);
    generate({ catalog, out: root });
    expect(existsSync(join(root, LOCK))).toBe(false);
  });

  it('holds the lock from the first comparison to the last rename, and releases it after a failure', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    const seen: boolean[] = [];
    const probe = (name: string): Emitter => ({
      name,
      ownedDirs: [],
      emit: () => {
        seen.push(existsSync(join(root, LOCK)));
        return [];
      },
    });
    const failing: Emitter = {
      name: 'failing',
      ownedDirs: [],
      emit: () => {
        throw new Error('an emitter bug');
      },
    };
    generate({ catalog, out: root, emitters: [probe('first'), ...emitters, probe('last')] });
    expect(seen).toEqual([true, true]);
    expect(existsSync(join(root, LOCK))).toBe(false);
    expect(() => generate({ catalog, out: root, emitters: [...emitters, failing] })).toThrow('an emitter bug');
    expect(existsSync(join(root, LOCK))).toBe(false);
    generate({ catalog, out: root, check: true, emitters: [probe('check')] });
    expect(seen).toEqual([true, true, false]);
  });

  it('serialises concurrent runs with different catalogs: the tree always matches one of them (D7)', async () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    const other = join(root, 'catalog', 'other.yaml');
    writeFileSync(
      other,
      readTiny().replace('message: Please reduce your request rate.', 'message: Changed wire message B.'),
    );
    const run = (cat: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [cliPath, '--catalog', cat, '--out', root], { cwd: root });
        let stderr = '';
        child.stderr.on('data', (d) => {
          stderr += d;
        });
        child.on('exit', (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([run(catalog), run(other), run(catalog)]);
    for (const r of results) {
      if (r.code !== 0) expect(r.stderr).toContain('another generate run holds the lock');
    }
    expect(results.some((r) => r.code === 0)).toBe(true);
    const matches = [catalog, other].filter(
      (c) => runCli(['--check', '--catalog', c, '--out', root], root).status === 0,
    );
    expect(matches).toHaveLength(1);
    expect(
      listFiles(root).filter(
        (f) => !['catalog/', 'packages/', 'docs/', 'generators/'].some((dir) => f.startsWith(dir)),
      ),
    ).toEqual(['.jss-generated.json']);
  });
});
