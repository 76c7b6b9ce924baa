import { type Dirent, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { Emitter, GeneratedFile } from './generated-file.js';

/** The part of an emitter that says which files on disk are its own. */
export type Owner = Pick<Emitter, 'ownedDirs' | 'ownsFile'>;

export interface WritePlan {
  readonly created: string[];
  readonly changed: string[];
  readonly unchanged: string[];
  readonly stale: string[];
}

/** Compares what would be written with what is on disk; touches nothing. */
export function planWrite(outDir: string, files: readonly GeneratedFile[], owners: readonly Owner[]): WritePlan {
  const plan: WritePlan = { created: [], changed: [], unchanged: [], stale: [] };
  const produced = new Set<string>();
  for (const file of files) {
    if (produced.has(file.path)) throw new Error(`two emitters produce ${file.path}`);
    produced.add(file.path);
    const existing = readIfExists(join(outDir, file.path));
    if (existing === undefined) plan.created.push(file.path);
    else if (existing !== file.content) plan.changed.push(file.path);
    else plan.unchanged.push(file.path);
  }
  for (const owner of owners) {
    for (const dir of owner.ownedDirs) {
      for (const path of listFiles(outDir, dir)) {
        if (!produced.has(path) && (owner.ownsFile?.(path) ?? true)) plan.stale.push(path);
      }
    }
  }
  plan.stale.sort();
  return plan;
}

/** Writes created and changed files atomically (temp file + rename) and removes stale ones. */
export function applyWrite(outDir: string, files: readonly GeneratedFile[], plan: WritePlan): void {
  const toWrite = new Set([...plan.created, ...plan.changed]);
  for (const file of files) {
    if (!toWrite.has(file.path)) continue;
    const target = join(outDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, file.content);
    renameSync(temp, target);
  }
  for (const path of plan.stale) rmSync(join(outDir, path), { force: true });
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function listFiles(root: string, dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries.flatMap((e) => {
    const rel = posix.join(dir, e.name);
    return e.isDirectory() ? listFiles(root, rel) : [rel];
  });
}
