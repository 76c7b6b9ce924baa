import { lstatSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isPlainRelativePath } from './manifest.js';
import { describeFsError, OutputError } from './output-error.js';

/** One folder in the output root where a run stages its files; a run killed midway leaves it. */
export const STAGING_DIR = '.jss-generate.staging';
/** In the staging folder: the paths the run meant to write, so a later run knows they are its own. */
const INTENT_FILE = 'intent.json';

export interface Change {
  readonly path: string;
  /** The new bytes; undefined removes the file. */
  readonly content: string | undefined;
}

/** A step done in the output tree, with what undoes it. */
interface Step {
  readonly target: string;
  /** Where the file that was at `target` was moved to; undefined when there was none. */
  readonly backup: string | undefined;
  /** True once the new file is at `target`. */
  placed: boolean;
}

/**
 * All or nothing: every new file is first written into the staging folder, then each target is
 * moved aside and the staged file renamed into place (removals are moves aside too). On a failure
 * every step is undone in reverse order and the error says what failed.
 */
export function commitChanges(outDir: string, changes: readonly Change[]): void {
  const staging = join(outDir, STAGING_DIR);
  removeLeftoverStaging(outDir);
  stage(outDir, staging, changes);
  const steps: Step[] = [];
  const createdDirs: string[] = [];
  // Folders seen to exist (or made) in this run: a site of 20,000 pages shares its parents.
  const knownDirs = new Set<string>();
  const created = new Set<string>();
  for (const [index, change] of changes.entries()) {
    const target = join(outDir, change.path);
    try {
      if (change.content !== undefined) createParents(outDir, change.path, createdDirs, knownDirs, created);
      // In a folder this run made, nothing can be in the way.
      const backup = !created.has(dirname(target)) && exists(target) ? join(staging, 'old', String(index)) : undefined;
      const step: Step = { target, backup, placed: false };
      if (backup !== undefined) renameSync(target, backup);
      steps.push(step);
      if (change.content !== undefined) {
        renameSync(join(staging, 'new', String(index)), target);
        step.placed = true;
      }
    } catch (error) {
      const verb = change.content === undefined ? 'remove' : 'write';
      throw new OutputError(
        `could not ${verb} ${change.path}: ${describeFsError(error)}. ${undo(steps, createdDirs, staging)}`,
      );
    }
  }
  rmSync(staging, { recursive: true, force: true });
}

/** Paths a killed run meant to write (from its staging folder), so they count as generated. */
export function leftoverIntent(outDir: string): string[] {
  try {
    const files = (JSON.parse(readFileSync(join(outDir, STAGING_DIR, INTENT_FILE), 'utf8')) as { files?: unknown })
      .files;
    return Array.isArray(files) ? files.filter(isPlainRelativePath) : [];
  } catch {
    return [];
  }
}

/** Removes the staging folder a killed run left; only ever called while holding the lock. */
export function removeLeftoverStaging(outDir: string): void {
  const staging = join(outDir, STAGING_DIR);
  try {
    if (lstatSync(staging).isSymbolicLink()) unlinkSync(staging);
    else rmSync(staging, { recursive: true, force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new OutputError(
      `could not remove ${staging}, left by a run that was stopped: ${describeFsError(error)}. Nothing was changed.`,
    );
  }
}

function stage(outDir: string, staging: string, changes: readonly Change[]): void {
  try {
    mkdirSync(join(staging, 'new'), { recursive: true });
    mkdirSync(join(staging, 'old'));
    const intent = changes.filter((c) => c.content !== undefined).map((c) => c.path);
    writeFileSync(join(staging, INTENT_FILE), JSON.stringify({ files: intent }));
    for (const [index, change] of changes.entries()) {
      if (change.content !== undefined) writeFileSync(join(staging, 'new', String(index)), change.content);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw new OutputError(
      `could not stage the generated files in ${join(outDir, STAGING_DIR)}: ${describeFsError(error)}. ` +
        'Nothing was changed.',
    );
  }
}

/** Creates the missing folders above `path`, outermost first, recording each for the undo. */
function createParents(
  outDir: string,
  path: string,
  createdDirs: string[],
  knownDirs: Set<string>,
  created: Set<string>,
): void {
  const missing: string[] = [];
  for (let dir = dirname(join(outDir, path)); dir.length > outDir.length && !knownDirs.has(dir); dir = dirname(dir)) {
    if (exists(dir)) {
      knownDirs.add(dir);
      break;
    }
    missing.unshift(dir);
  }
  for (const dir of missing) {
    mkdirSync(dir);
    createdDirs.push(dir);
    knownDirs.add(dir);
    created.add(dir);
  }
}

/** Undoes `steps` newest first; says whether that restored the tree. */
function undo(steps: readonly Step[], createdDirs: readonly string[], staging: string): string {
  const failures: string[] = [];
  for (const step of [...steps].reverse()) {
    try {
      if (step.backup !== undefined) renameSync(step.backup, step.target);
      else if (step.placed) unlinkSync(step.target);
    } catch (error) {
      failures.push(`${step.target} (${describeFsError(error)})`);
    }
  }
  for (const dir of [...createdDirs].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      // Not empty or already gone: an undone run leaves at most an empty folder.
    }
  }
  if (failures.length > 0) {
    return `Undoing the files already moved failed for ${failures.join(', ')}; previous versions are in ${staging}.`;
  }
  rmSync(staging, { recursive: true, force: true });
  return 'Nothing was changed.';
}

function exists(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}
