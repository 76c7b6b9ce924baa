import { type Dirent, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Emitter, GeneratedFile } from './generated-file.js';
import { acquireLock } from './lock.js';
import { MANIFEST, manifestText, readManifest } from './manifest.js';
import { describeFsError, OutputError } from './output-error.js';
import { PathGuard } from './path-guard.js';
import { isProcessAlive } from './process-alive.js';
import { type Change, commitChanges, leftoverIntent, removeLeftoverStaging, STAGING_DIR } from './transaction.js';

export { OutputError } from './output-error.js';

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

/** What `applyWrite` needs to trust or redo a plan under the lock; kept out of the plan's public shape. */
interface PlanContext {
  readonly owners: readonly Owner[];
  /** The disk state the plan was computed from, taken before reading. */
  readonly fingerprint: string;
  readonly changes: readonly Change[];
}
const planContexts = new WeakMap<WritePlan, PlanContext>();

/**
 * Compares what would be written (the files plus the manifest) with what is on disk; touches
 * nothing. Refuses output folders that are links leaving the output root.
 */
export function planWrite(outDir: string, files: readonly GeneratedFile[], owners: readonly Owner[]): WritePlan {
  const fingerprint = diskFingerprint(outDir, files);
  const { plan, changes } = computePlan(outDir, files, owners);
  planContexts.set(plan, { owners, fingerprint, changes });
  return plan;
}

/**
 * Makes the output match the files, all or nothing, holding the output root's lock. Plans again
 * under the lock (another run may have written since `planWrite`) and updates `plan` to what it did.
 */
export function applyWrite(outDir: string, files: readonly GeneratedFile[], plan: WritePlan): void {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new OutputError(
      `could not create the output root ${outDir}: ${describeFsError(error)}. Nothing was changed.`,
    );
  }
  const lock = acquireLock(outDir);
  try {
    const context = planContexts.get(plan);
    let changes = context?.changes;
    // Re-reading every file is only needed when another run (or anyone) touched them meanwhile.
    if (context === undefined || diskFingerprint(outDir, files) !== context.fingerprint) {
      const fresh = computePlan(outDir, files, context?.owners ?? ownersOf(plan.stale));
      for (const key of ['created', 'changed', 'unchanged', 'stale', 'foreign'] as const) {
        plan[key].splice(0, plan[key].length, ...fresh.plan[key]);
      }
      changes = fresh.changes;
    }
    if (changes === undefined || changes.length === 0) removeLeftoverStaging(outDir);
    else commitChanges(outDir, changes);
  } finally {
    lock.release();
  }
}

/**
 * Identity, size and change time (ns) of every file the plan depends on: any write, rename or
 * removal changes it, so an equal fingerprint under the lock means the plan still holds.
 */
function diskFingerprint(outDir: string, files: readonly GeneratedFile[]): string {
  const paths = [...files.map((f) => f.path), MANIFEST, STAGING_DIR];
  return paths
    .map((path) => {
      // No exception for a missing file: on a first run every file is missing, 20,000 of them.
      const s = lstatSync(join(outDir, path), { bigint: true, throwIfNoEntry: false });
      return s === undefined ? '-' : `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
    })
    .join('|');
}

function computePlan(
  outDir: string,
  files: readonly GeneratedFile[],
  owners: readonly Owner[],
): { plan: WritePlan; changes: Change[] } {
  const plan: WritePlan = { created: [], changed: [], unchanged: [], stale: [], foreign: [] };
  const changes: Change[] = [];
  const guard = new PathGuard(outDir);
  const produced = new Set<string>();
  for (const file of files) {
    if (produced.has(file.path)) throw new Error(`two emitters produce ${file.path}`);
    if (file.path === MANIFEST || file.path.split('/')[0] === STAGING_DIR) {
      throw new Error(`an emitter produces ${file.path}, a name the writer keeps for itself`);
    }
    produced.add(file.path);
  }
  // The manifest goes last: a run stopped before it leaves the previous list, still accurate
  // for every file that list names.
  for (const file of [...files, { path: MANIFEST, content: manifestText([...produced]) }]) {
    guard.check(file.path);
    const kind = entryKind(outDir, file.path);
    if (kind === 'folder') {
      throw new OutputError(`${file.path} is a folder, but the generator writes a file there. Nothing was changed.`);
    }
    if (kind === 'missing') plan.created.push(file.path);
    else if (kind === 'link' || readFileSync(join(outDir, file.path), 'utf8') !== file.content)
      plan.changed.push(file.path);
    else {
      plan.unchanged.push(file.path);
      continue;
    }
    changes.push(file);
  }

  const owned = (path: string) =>
    owners.some((o) => o.ownedDirs.some((dir) => path.startsWith(`${dir}/`)) && (o.ownsFile?.(path) ?? true));
  const written = new Set([...readManifest(outDir), ...leftoverIntent(outDir)]);
  for (const path of written) {
    if (produced.has(path) || !owned(path)) continue;
    guard.check(path);
    const kind = entryKind(outDir, path);
    if (kind === 'file' || kind === 'link') plan.stale.push(path);
  }
  for (const dir of new Set(owners.flatMap((o) => o.ownedDirs))) {
    guard.check(`${dir}/-`);
    for (const path of listFiles(outDir, dir)) {
      if (produced.has(path) || written.has(path) || !owned(path)) continue;
      if (isOldWriterTempFile(path, produced)) plan.stale.push(path);
      else plan.foreign.push(path);
    }
  }
  plan.stale.sort();
  plan.foreign.sort();
  for (const path of plan.stale) changes.push({ path, content: undefined });
  return { plan, changes };
}

/** `x.ts.1234.tmp`, left by the writer before it staged files, for a file it produces, its run gone. */
function isOldWriterTempFile(path: string, produced: ReadonlySet<string>): boolean {
  const match = /^(.+)\.(\d+)\.tmp$/.exec(path);
  return match !== null && produced.has(match[1]!) && !isProcessAlive(Number(match[2]));
}

/** When the plan did not come from `planWrite`: treat only its stale files as owned. */
function ownersOf(stale: readonly string[]): Owner[] {
  const set = new Set(stale);
  return [{ ownedDirs: [...new Set(stale.map((p) => posix.dirname(p)))], ownsFile: (p) => set.has(p) }];
}

/**
 * What is at `path`. A symbolic link is an entry to replace or remove: its target is never read
 * or written.
 */
function entryKind(outDir: string, path: string): 'missing' | 'link' | 'file' | 'folder' {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(join(outDir, path), { throwIfNoEntry: false });
  } catch (error) {
    throw new OutputError(`could not read ${path}: ${describeFsError(error)}. Nothing was changed.`);
  }
  if (stat === undefined) return 'missing';
  if (stat.isSymbolicLink()) return 'link';
  return stat.isDirectory() ? 'folder' : 'file';
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
