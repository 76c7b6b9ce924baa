import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitters } from '../src/emitters/index.js';
import { generate } from '../src/generate.js';
import type { Emitter } from '../src/output/generated-file.js';
import {
  cliPath,
  copyRepoCatalog,
  generatorDir,
  listFiles,
  readTiny,
  rootWithCatalog,
  runCli,
  tempRoot,
} from './helpers.js';

const LOCK = '.jss-generate.lock';
/** The tiny catalog with one wire message changed, so every package's output changes. */
const changedTiny = () =>
  readTiny().replace('message: Please reduce your request rate.', 'message: Changed wire message B.');

/** Every file under `root` with its bytes. */
function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(listFiles(root).map((f) => [f, readFileSync(join(root, f), 'utf8')]));
}

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** Runs the CLI as a user whom permissions apply to: `nobody` when the tests run as root. */
function runCliUnprivileged(args: string[], cwd: string) {
  const asNobody = isRoot ? { uid: NOBODY, gid: NOBODY } : {};
  return spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', ...asNobody });
}

/** Gives `root` (recursively) to the user the CLI runs as. */
function handOver(root: string): void {
  if (!isRoot) return;
  spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, root]);
}

/** An emitter of extra files, in folders it owns. */
const extra = (name: string, files: readonly { path: string; content: string }[]): Emitter => ({
  name,
  ownedDirs: [...new Set(files.map((f) => f.path.split('/')[0]!))],
  emit: () => [...files],
});

/**
 * A root generated from the tiny catalog, then the catalog changed, the root handed to the user
 * the CLI runs as, and one owned folder made read-only to that user; `before` is the tree then.
 */
function generatedWithReadOnlyFolder() {
  const { root, catalog } = rootWithCatalog(readTiny());
  generate({ catalog, out: root });
  writeFileSync(catalog, changedTiny());
  handOver(root);
  const locked = join(root, 'packages/errors-openapi/openapi');
  if (isRoot) chownSync(locked, 0, 0);
  chmodSync(locked, 0o555);
  return { root, catalog, locked, before: snapshot(root) };
}

describe('all-or-nothing generation', () => {
  it('names the file it could not write, and changes nothing', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    generate({ catalog, out: root });
    writeFileSync(catalog, changedTiny());
    const before = snapshot(root);
    // A name longer than any file system allows: writing its temp file fails, after others.
    const tooLong = `extra/${'n'.repeat(300)}.ts`;
    const run = () =>
      generate({ catalog, out: root, emitters: [...emitters, extra('long', [{ path: tooLong, content: 'x' }])] });
    expect(run).toThrow(/could not write extra\/n{300}\.ts: ENAMETOOLONG/);
    expect(run).toThrow('The temporary files were removed. Nothing was changed.');
    expect(snapshot(root)).toEqual(before);
  });

  it('changes nothing when an emitter fails after others were staged', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    generate({ catalog, out: root });
    writeFileSync(catalog, changedTiny());
    const before = snapshot(root);
    const failing: Emitter = {
      name: 'failing',
      ownedDirs: [],
      emit: () => {
        throw new Error('an emitter bug');
      },
    };
    expect(() => generate({ catalog, out: root, emitters: [...emitters, failing] })).toThrow('an emitter bug');
    expect(snapshot(root)).toEqual(before);
  });

  it('removes the folders it made when a later file fails (D18)', () => {
    const { root, catalog, locked, before } = generatedWithReadOnlyFolder();
    // The new folders are written first, the read-only one after them.
    const fresh = extra('fresh', [
      { path: 'fresh/a/one.txt', content: '1' },
      { path: 'fresh/a/b/two.txt', content: '2' },
    ]);
    const emitterScript = `
      const { emitters } = await import(${JSON.stringify(join(generatorDir, 'dist/emitters/index.js'))});
      const { generate } = await import(${JSON.stringify(join(generatorDir, 'dist/generate.js'))});
      const fresh = { name: 'fresh', ownedDirs: ['fresh'], emit: () => ${JSON.stringify(fresh.emit({} as never))} };
      generate({ catalog: ${JSON.stringify(catalog)}, out: ${JSON.stringify(root)}, emitters: [fresh, ...emitters] });`;
    const asNobody = isRoot ? { uid: NOBODY, gid: NOBODY } : {};
    const failed = spawnSync(process.execPath, ['--input-type=module', '-e', emitterScript], {
      encoding: 'utf8',
      timeout: 30_000,
      ...asNobody,
    });
    chmodSync(locked, 0o755);
    expect(failed.stderr).toMatch(/could not write packages\/errors-openapi\/openapi\/\S+: EACCES/);
    expect(failed.stderr).toContain('Nothing was changed.');
    expect(snapshot(root)).toEqual(before);
    expect(existsSync(join(root, 'fresh'))).toBe(false);

    const result = generate({ catalog, out: root, emitters: [fresh, ...emitters] });
    expect(result.plan.created).toEqual(expect.arrayContaining(['fresh/a/one.txt', 'fresh/a/b/two.txt']));
    expect(readFileSync(join(root, 'fresh/a/b/two.txt'), 'utf8')).toBe('2');
    expect(listFiles(root).filter((f) => f.endsWith('.tmp') || f === LOCK)).toEqual([]);
  });

  it('leaves the tree as it was when one owned folder is read-only, and says so (D18)', () => {
    const { root, catalog, locked, before } = generatedWithReadOnlyFolder();

    const result = runCliUnprivileged(['--catalog', catalog, '--out', root], root);
    chmodSync(locked, 0o755);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/could not write packages\/errors-openapi\/openapi\/\S+: EACCES/);
    expect(result.stderr).toContain('Nothing was changed.');
    expect(snapshot(root)).toEqual(before);
  });

  it('writes nothing and names the lock file when the output root is read-only', () => {
    const root = tempRoot();
    const catalogDir = tempRoot();
    const catalog = join(catalogDir, 'errors.yaml');
    writeFileSync(catalog, readTiny());
    handOver(catalogDir);
    handOver(root);
    if (isRoot) chownSync(root, 0, 0);
    chmodSync(root, 0o555);
    const result = runCliUnprivileged(['--catalog', catalog, '--out', root], root);
    chmodSync(root, 0o755);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`could not create the lock file ${join(root, LOCK)}: EACCES`);
    expect(listFiles(root)).toEqual([]);
  });

  it('refuses a folder where a generated file goes, before changing anything', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    generate({ catalog, out: root });
    writeFileSync(catalog, changedTiny());
    const blocked = 'packages/errors/src/generated/classes.ts';
    spawnSync('rm', [join(root, blocked)]);
    mkdirSync(join(root, blocked, 'inner'), { recursive: true });
    writeFileSync(join(root, blocked, 'inner', 'keep.txt'), 'mine');
    const before = snapshot(root);
    expect(() => generate({ catalog, out: root })).toThrow(`${blocked} is a folder, but the generator writes a file`);
    expect(snapshot(root)).toEqual(before);
  });

  it('removes the temp files a killed run left, for files it produces or listed', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    generate({ catalog, out: root });
    const temp = 'packages/errors-openapi/openapi/openapi.yaml.123.tmp';
    const manifestTemp = '.jss-generated.json.123.tmp';
    const unrelated = 'packages/errors-openapi/openapi/notes.1.tmp';
    for (const path of [temp, manifestTemp]) writeFileSync(join(root, path), 'trunc');
    writeFileSync(join(root, unrelated), 'mine');
    const result = generate({ catalog, out: root });
    expect(result.plan.stale).toEqual([manifestTemp, temp]);
    expect(result.plan.foreign).toEqual([unrelated]);
    expect(existsSync(join(root, temp))).toBe(false);
    expect(existsSync(join(root, unrelated))).toBe(true);
  });

  it('never leaves a half-written file in place when killed mid-run (D18)', async () => {
    const root = tempRoot();
    const catalog = copyRepoCatalog(root);
    generate({ catalog, out: root });
    const before = snapshot(root);
    writeFileSync(
      catalog,
      readFileSync(catalog, 'utf8').replace(/message: (.+)/, 'message: Changed for the kill test.'),
    );
    const child = spawn(process.execPath, [cliPath, '--catalog', catalog, '--out', root], { stdio: 'ignore' });
    // The manifest's temp file is the last one written before the renames.
    const watcher = watch(root, (_event, name) => {
      if (name?.startsWith('.jss-generated.json.')) child.kill('SIGKILL');
    });
    await new Promise((resolve) => child.on('exit', resolve));
    watcher.close();

    const after = snapshot(root);
    // A killed run cannot release its lock: the next run says so, and runs once it is deleted.
    if (after[LOCK] !== undefined) {
      expect(runCli(['--catalog', catalog, '--out', root], root).stderr).toContain('delete that file and run again');
      rmSync(join(root, LOCK));
    }
    generate({ catalog, out: root });
    const finished = snapshot(root);
    for (const [file, text] of Object.entries(after)) {
      if (file.endsWith('.tmp') || file === LOCK || file === 'catalog/errors.yaml') continue;
      // Each file is whole: the old version or the new one, never a truncated mix.
      expect([before[file], finished[file]], file).toContain(text);
    }
    expect(Object.keys(finished).filter((f) => f.endsWith('.tmp') || f === LOCK)).toEqual([]);
    expect(runCli(['--check', '--catalog', catalog, '--out', root], root).status).toBe(0);
  });
});
