import { type Dirent, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Emitter, GeneratedFile } from './generated-file.js';
import { acquireLock, type HeldLock } from './lock.js';
import { MANIFEST, manifestText, readManifest } from './manifest.js';
import { describeFsError, OutputError } from './output-error.js';
import { PathGuard } from './path-guard.js';
import { isProcessAlive } from './process-alive.js';
import { Stager } from './stager.js';
import {
  type Change,
  commitChanges,
  leftoverIntent,
  removeLeftoverStaging,
  STAGING_DIR,
  stagedFilesDir,
} from './transaction.js';

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

/** Whether `path` (relative to the output root) is one of the files `owner` keeps. */
export function isOwnedBy(owner: Owner, path: string): boolean {
  return owner.ownedDirs.some((dir) => path.startsWith(`${dir}/`)) && (owner.ownsFile?.(path) ?? true);
}

/** One generate's output: compared with the disk file by file as the emitters produce them. */
export interface Output {
  /** Compares each file with the disk; when writing, stages the ones that differ at once. */
  add(files: readonly GeneratedFile[]): void;
  /** Adds the manifest, plans the removals and, when writing, makes the tree match: all or nothing. */
  finish(): WritePlan;
  /** Drops what was staged and releases the lock: the tree stays as it was. */
  abort(): void;
}

/**
 * Opens the output root for one run. To write, it takes the root's lock first and holds it until
 * `finish` or `abort`, so the comparison it stages from is still true when it commits. `--check`
 * (`write: false`) only compares and takes no lock. Refuses output folders that are links leaving
 * the output root.
 */
export function openOutput(outDir: string, owners: readonly Owner[], options: { write: boolean }): Output {
  if (!options.write) return new OutputRun(outDir, owners, undefined);
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new OutputError(
      `could not create the output root ${outDir}: ${describeFsError(error)}. Nothing was changed.`,
    );
  }
  const lock = acquireLock(outDir);
  try {
    return new OutputRun(outDir, owners, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

class OutputRun implements Output {
  private readonly plan: WritePlan = { created: [], changed: [], unchanged: [], stale: [], foreign: [] };
  private readonly changes: Change[] = [];
  private readonly guard: PathGuard;
  private readonly produced = new Set<string>();
  /** What a killed run meant to write: its files count as generated. Read before its staging goes. */
  private readonly leftover: readonly string[];
  private stager: Stager | undefined;

  constructor(
    private readonly outDir: string,
    private readonly owners: readonly Owner[],
    /** Held when writing. */
    private readonly lock: HeldLock | undefined,
  ) {
    this.guard = new PathGuard(outDir);
    this.leftover = leftoverIntent(outDir);
    if (lock !== undefined) removeLeftoverStaging(outDir);
  }

  add(files: readonly GeneratedFile[]): void {
    for (const file of files) {
      if (this.produced.has(file.path)) throw new Error(`two emitters produce ${file.path}`);
      if (file.path === MANIFEST || file.path.split('/')[0] === STAGING_DIR) {
        throw new Error(`an emitter produces ${file.path}, a name the writer keeps for itself`);
      }
      this.produced.add(file.path);
      this.compare(file);
    }
  }

  finish(): WritePlan {
    try {
      try {
        // The manifest goes last: a run stopped before it leaves the previous list, still
        // accurate for every file that list names.
        this.compare({ path: MANIFEST, content: manifestText([...this.produced]) });
        this.planRemovals();
        this.stager?.finish();
      } catch (error) {
        this.dropStaging();
        throw error;
      }
      // A failed commit undoes itself and keeps the staging folder if it holds what undo could not restore.
      if (this.lock !== undefined && this.changes.length > 0) this.commit();
      return this.plan;
    } finally {
      this.lock?.release();
    }
  }

  abort(): void {
    try {
      this.dropStaging();
    } finally {
      this.lock?.release();
    }
  }

  private dropStaging(): void {
    this.stager?.abort();
    if (this.lock !== undefined) removeLeftoverStaging(this.outDir);
  }

  private compare(file: GeneratedFile): void {
    this.guard.check(file.path);
    const kind = entryKind(this.outDir, file.path);
    if (kind === 'folder') {
      throw new OutputError(`${file.path} is a folder, but the generator writes a file there. Nothing was changed.`);
    }
    if (kind === 'missing') this.plan.created.push(file.path);
    else if (kind === 'link' || readFileSync(join(this.outDir, file.path), 'utf8') !== file.content)
      this.plan.changed.push(file.path);
    else {
      this.plan.unchanged.push(file.path);
      return;
    }
    this.changes.push({ path: file.path, remove: false });
    if (this.lock === undefined) return;
    this.stager ??= new Stager(stagedFilesDir(this.outDir));
    this.stager.stage(file.path, file.content);
  }

  /** Files the generator wrote before (manifest, a killed run's intent) that no emitter produces now. */
  private planRemovals(): void {
    const { plan, produced, guard, outDir, owners } = this;
    const owned = (path: string) => owners.some((owner) => isOwnedBy(owner, path));
    const written = new Set([...readManifest(outDir), ...this.leftover]);
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
    for (const path of plan.stale) this.changes.push({ path, remove: true });
  }

  private commit(): void {
    // A killed run's files stay listed until this run has replaced or removed them.
    const placed = this.changes.filter((c) => !c.remove).map((c) => c.path);
    commitChanges(this.outDir, this.changes, [...new Set([...placed, ...this.leftover])]);
  }
}

/** `x.ts.1234.tmp`, left by the writer before it staged files, for a file it produces, its run gone. */
function isOldWriterTempFile(path: string, produced: ReadonlySet<string>): boolean {
  const match = /^(.+)\.(\d+)\.tmp$/.exec(path);
  return match !== null && produced.has(match[1]!) && !isProcessAlive(Number(match[2]));
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
