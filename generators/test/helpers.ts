import { spawnSync } from 'node:child_process';
import { cpSync, type Dirent, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const generatorDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(generatorDir, '..');
export const cliPath = join(generatorDir, 'dist', 'cli.js');
export const tinyCatalogPath = join(generatorDir, 'test', 'fixtures', 'tiny.yaml');

const madeByThisFile: string[] = [];
// Vitest evaluates this module once per test file, so the hook removes that file's roots when it
// ends: a generated tree is hundreds of files, and a run makes about 150 of them.
afterAll(() => {
  for (const dir of madeByThisFile.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder in the system's temporary folder, removed when the test file ends. */
export function tempRoot(prefix = 'jss-gen-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeByThisFile.push(dir);
  return dir;
}

/** A temporary output root with `catalog/errors.yaml` holding `text`. */
export function rootWithCatalog(text: string): { root: string; catalog: string } {
  const root = tempRoot();
  const catalog = join(root, 'catalog', 'errors.yaml');
  mkdirSync(dirname(catalog), { recursive: true });
  writeFileSync(catalog, text);
  return { root, catalog };
}

export function readTiny(): string {
  return readFileSync(tinyCatalogPath, 'utf8');
}

/** Runs the built CLI as a user does; cwd is the output root so paths print as `catalog/…`. */
export function runCli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, as sorted `/`-separated paths relative to it. */
export function listFiles(dir: string, base = ''): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(dir, base), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, posix.join(base, e.name)) : [posix.join(base, e.name)]))
    .sort();
}

/** 1-based line and column of the `nth` occurrence of `needle` in `text`, `shift` columns on. */
export function positionOf(text: string, needle: string, nth = 1, shift = 0): string {
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`fixture does not contain ${JSON.stringify(needle)} ${nth} times`);
  }
  const before = text.slice(0, index).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1 + shift}`;
}

export function copyRepoCatalog(root: string): string {
  const target = join(root, 'catalog', 'errors.yaml');
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(repoRoot, 'catalog', 'errors.yaml'), target);
  return target;
}
