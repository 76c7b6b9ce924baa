import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function lockText(pid: number): string {
  return `${JSON.stringify({ pid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' })}\n`;
}

describe('the output lock', () => {
  it('makes a second run fail, naming the lock file, while the first is alive; nothing is written', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    const pid = liveProcess();
    const text = lockText(pid);
    writeFileSync(join(root, LOCK), text);
    const result = runCli(['--catalog', catalog, '--out', root], root);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      `another generate run holds the lock ${join(root, LOCK)} (pid ${pid} on "${hostname()}"`,
    );
    expect(result.stderr).toContain('Nothing was changed.');
    expect(listFiles(root)).toEqual([LOCK, 'catalog/errors.yaml']);
    expect(readFileSync(join(root, LOCK), 'utf8')).toBe(text);
  });

  it('refuses a lock left by a run that died, saying to delete it; runs once it is deleted', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    const text = lockText(deadPid());
    writeFileSync(join(root, LOCK), text);
    const result = runCli(['--catalog', catalog, '--out', root], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('if no generate is running (one was killed), delete that file and run again.');
    expect(listFiles(root)).toEqual([LOCK, 'catalog/errors.yaml']);
    expect(readFileSync(join(root, LOCK), 'utf8')).toBe(text);
    rmSync(join(root, LOCK));
    expect(generate({ catalog, out: root }).plan.created).toContain('packages/errors/src/generated/classes.ts');
  });

  it("refuses a lock file it cannot read as a run's, naming it", () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    writeFileSync(join(root, LOCK), '');
    expect(() => generate({ catalog, out: root })).toThrow(`another generate run holds the lock ${join(root, LOCK)}.`);
    expect(listFiles(root)).toEqual([LOCK, 'catalog/errors.yaml']);
  });

  it('releases the lock after a run and after a failure; --check takes none', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    const failing: Emitter = {
      name: 'failing',
      ownedDirs: [],
      emit: () => {
        throw new Error('an emitter bug');
      },
    };
    generate({ catalog, out: root });
    expect(existsSync(join(root, LOCK))).toBe(false);
    expect(() => generate({ catalog, out: root, emitters: [...emitters, failing] })).toThrow('an emitter bug');
    expect(existsSync(join(root, LOCK))).toBe(false);
    const blocked = join(root, 'packages/errors/src/generated/classes.ts');
    rmSync(blocked);
    mkdirSync(blocked);
    expect(() => generate({ catalog, out: root })).toThrow('is a folder, but the generator writes a file');
    expect(existsSync(join(root, LOCK))).toBe(false);
    rmSync(blocked, { recursive: true });
    writeFileSync(join(root, LOCK), lockText(liveProcess()));
    expect(generate({ catalog, out: root, check: true }).stale).toBe(true);
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
