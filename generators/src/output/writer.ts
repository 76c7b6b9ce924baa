import {
  type Dirent,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix, sep } from 'node:path';
import type { Emitter, GeneratedFile } from './generated-file.js';
import { acquireLock, LOCK_FILE } from './lock.js';
import { MANIFEST, manifestText, readManifest } from './manifest.js';
import { describeFsError, OutputError } from './output-error.js';

export { LockHeldError, OutputError } from './output-error.js';

/** The part of an emitter that says which files on disk are its own. */
export type Owner = Pick<Emitter, 'ownedDirs' | 'ownsFile'>;

export interface WritePlan {
  readonly created: string[];
  readonly changed: string[];
  readonly unchanged: string[];
  /** Files the generator wrote before (listed in the manifest) that no emitter produces now. */
  readonly stale: string[];
  /** Files in owned folders that the generator did not write: never changed or removed. */
  readonly foreign: string[];
}

/** Whether `path` (relative to the output root) is one of the files `owner` keeps. */
export function isOwnedBy(owner: Owner, path: string): boolean {
  return owner.ownedDirs.some((dir) => path.startsWith(`${dir}/`)) && (owner.ownsFile?.(path) ?? true);
}

const NOTHING = 'Nothing was changed.';

/**
 * Makes the output root hold `files` and their manifest, writing only what differs, and removes
 * stale files the manifest lists; with `write: false` (`--check`) it only compares. Writing holds
 * the root's lock from the first comparison to the last rename, and is all or nothing: each
 * changed file is written to a temp file beside its target, and only once all are written are
 * they renamed into place. Never writes or deletes through a folder that links out of the root.
 */
export function writeOutput(
  outDir: string,
  owners: readonly Owner[],
  files: readonly GeneratedFile[],
  options: { write: boolean },
): WritePlan {
  if (!options.write) return planOutput(outDir, owners, files).plan;
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new OutputError(`could not create the output root ${outDir}: ${describeFsError(error)}. ${NOTHING}`);
  }
  const release = acquireLock(outDir);
  try {
    const planned = planOutput(outDir, owners, files);
    apply(outDir, planned);
    return planned.plan;
  } finally {
    release();
  }
}

interface Planned {
  readonly plan: WritePlan;
  readonly contents: ReadonlyMap<string, string>;
  /** What the manifest on disk lists. */
  readonly listed: readonly string[];
}

function planOutput(outDir: string, owners: readonly Owner[], files: readonly GeneratedFile[]): Planned {
  const contents = new Map<string, string>();
  for (const file of files) {
    if (contents.has(file.path)) throw new Error(`two emitters produce ${file.path}`);
    if (file.path === MANIFEST || file.path === LOCK_FILE) {
      throw new Error(`an emitter produces ${file.path}, a name the writer keeps for itself`);
    }
    contents.set(file.path, file.content);
  }
  contents.set(MANIFEST, manifestText([...contents.keys()]));
  const listed = readManifest(outDir);
  const guard = folderGuard(outDir);
  const plan: WritePlan = { created: [], changed: [], unchanged: [], stale: [], foreign: [] };
  for (const [path, content] of contents) {
    guard(posix.dirname(path));
    const kind = entryKind(outDir, path);
    if (kind === 'folder')
      throw new OutputError(`${path} is a folder, but the generator writes a file there. ${NOTHING}`);
    if (kind === 'missing') plan.created.push(path);
    // A link is replaced by a file: its target is never read or written.
    else if (kind === 'link' || readFileSync(join(outDir, path), 'utf8') !== content) plan.changed.push(path);
    else plan.unchanged.push(path);
  }
  const owned = (path: string) => owners.some((owner) => isOwnedBy(owner, path));
  for (const path of listed) {
    if (contents.has(path) || !owned(path)) continue;
    guard(posix.dirname(path));
    if (entryKind(outDir, path) !== 'missing') plan.stale.push(path);
  }
  // A killed run's temp files (`<file>.<pid>.tmp`): while we hold the lock, no run is writing.
  const isTemp = (path: string) => contents.has(/^(.+)\.\d+\.tmp$/.exec(path)?.[1] ?? '');
  const known = new Set([...contents.keys(), ...listed]);
  for (const dir of new Set(['.', ...owners.flatMap((owner) => owner.ownedDirs)])) {
    guard(dir);
    for (const path of dir === '.' ? entries(outDir).map((e) => e.name) : listFiles(outDir, dir)) {
      if (known.has(path)) continue;
      if (isTemp(path)) plan.stale.push(path);
      else if (dir !== '.' && owned(path)) plan.foreign.push(path);
    }
  }
  plan.stale.sort();
  plan.foreign.sort();
  return { plan, contents, listed };
}

/** Writes every temp file, then renames them into place and removes the stale files. */
function apply(outDir: string, { plan, contents, listed }: Planned): void {
  const placing = [...plan.created, ...plan.changed].filter((path) => path !== MANIFEST);
  const manifest = contents.get(MANIFEST)!;
  if (placing.length + plan.stale.length === 0 && plan.unchanged.includes(MANIFEST)) return;
  const full = (path: string) => join(outDir, path);
  const temp = (path: string) => `${full(path)}.${process.pid}.tmp`;
  const madeDirs: string[] = [];
  let written = 0;
  let current = '';
  try {
    for (current of placing) {
      const made = mkdirSync(dirname(full(current)), { recursive: true });
      if (made !== undefined) madeDirs.push(made);
      // `wx`: a link planted at the temp name is not written through.
      writeFileSync(temp(current), contents.get(current)!, { flag: 'wx' });
      written++;
    }
  } catch (error) {
    for (const path of placing.slice(0, written)) rmSync(temp(path), { force: true });
    for (const dir of madeDirs.reverse()) rmSync(dir, { recursive: true, force: true });
    const reason = describeFsError(error);
    throw new OutputError(`could not write ${current}: ${reason}. The temporary files were removed. ${NOTHING}`);
  }
  const putManifest = (text: string) => {
    writeFileSync(temp(MANIFEST), text, { flag: 'wx' });
    renameSync(temp(MANIFEST), full(MANIFEST));
  };
  let done = 0;
  try {
    // Listed before they are placed, so a run killed midway leaves no file the next run thinks foreign.
    const known = new Set(listed);
    current = MANIFEST;
    if (placing.some((path) => !known.has(path))) putManifest(manifestText([...new Set([...listed, ...placing])]));
    for (current of placing) {
      renameSync(temp(current), full(current));
      done++;
    }
    for (current of plan.stale) {
      rmSync(full(current), { force: true });
      done++;
    }
    current = MANIFEST;
    putManifest(manifest);
  } catch (error) {
    for (const path of [...placing.slice(done), MANIFEST]) rmSync(temp(path), { force: true });
    throw new OutputError(
      `could not replace ${current}: ${describeFsError(error)}, after ${done} of ${placing.length + plan.stale.length} ` +
        'files were replaced or removed. The temporary files were removed; fix the cause and run generate again.',
    );
  }
}

/**
 * Checks folders (relative to the root): throws unless each is absent or a folder that resolves
 * inside the root, links included. A missing folder resolves through its deepest existing parent.
 */
function folderGuard(outDir: string): (dir: string) => void {
  let root: string | undefined;
  const safe = new Set<string>();
  return (dir) => {
    if (safe.has(dir)) return;
    let existing = dir;
    let real: string | undefined;
    while (real === undefined) {
      try {
        real = realpathSync(join(outDir, existing));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
        if (existing === '.') return; // no output root yet (`--check`): nothing on disk to guard
        existing = posix.dirname(existing);
      }
    }
    root ??= realpathSync(outDir);
    if (real !== root && !real.startsWith(root + sep)) {
      throw new OutputError(
        `${existing} in the output root ${root} leads through a symbolic link to ${real}, outside the root. The generator ` +
          `never writes or deletes through such a link: replace it with a folder. ${NOTHING}`,
      );
    }
    if (!statSync(real).isDirectory()) {
      throw new OutputError(
        `${existing} in the output root ${root} is a file, but generated files go inside it. ${NOTHING}`,
      );
    }
    safe.add(dir);
  };
}

/** What is at `path`. A symbolic link is an entry to replace or remove, never followed. */
function entryKind(outDir: string, path: string): 'missing' | 'link' | 'file' | 'folder' {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(join(outDir, path), { throwIfNoEntry: false });
  } catch (error) {
    throw new OutputError(`could not read ${path}: ${describeFsError(error)}. ${NOTHING}`);
  }
  if (stat === undefined) return 'missing';
  if (stat.isSymbolicLink()) return 'link';
  return stat.isDirectory() ? 'folder' : 'file';
}

/** Every file under `dir` (relative to the root), links not followed. */
function listFiles(root: string, dir: string): string[] {
  return entries(join(root, dir)).flatMap((e) => {
    const rel = posix.join(dir, e.name);
    return e.isDirectory() ? listFiles(root, rel) : [rel];
  });
}

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
