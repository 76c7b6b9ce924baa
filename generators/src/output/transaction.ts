import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPlainRelativePath } from './manifest.js';
import { describeFsError, OutputError, stagingFailed } from './output-error.js';

/** One folder in the output root where a run stages its files; a run killed midway leaves it. */
export const STAGING_DIR = '.jss-generate.staging';
/** In the staging folder: the paths the run meant to write, so a later run knows they are its own. */
const INTENT_FILE = 'intent.json';

export interface Change {
  readonly path: string;
  /** True when the file is removed; else its new version is staged under `stagedFilesDir`. */
  readonly remove: boolean;
}

/** A step done in the output tree, with what undoes it. */
interface Step {
  readonly target: string;
  /** Where the file that was at `target` was moved to; undefined when there was none. */
  readonly backup: string | undefined;
  /** True once the new file (or folder, when `folder`) is at `target`. */
  placed: boolean;
  /** A whole folder new to the output, moved in from the staging tree. */
  readonly folder?: boolean;
}

/** Where a run stages new files: a tree mirroring the output's, so a new folder moves in whole. */
export function stagedFilesDir(outDir: string): string {
  return join(outDir, STAGING_DIR, 'new');
}

/**
 * All or nothing, once every new file is staged: records the paths this run places (`intent`),
 * then moves each target aside and the staged file into place (removals are moves aside too). A
 * folder the output lacks moves in whole, with every file under it. On a failure every step is
 * undone in reverse order and the error says what failed.
 */
export function commitChanges(outDir: string, changes: readonly Change[], intent: readonly string[]): void {
  const staging = join(outDir, STAGING_DIR);
  try {
    mkdirSync(join(staging, 'old'), { recursive: true });
    writeFileSync(join(staging, INTENT_FILE), JSON.stringify({ files: intent }));
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw stagingFailed(staging, error);
  }
  const staged = stagedFilesDir(outDir);
  const steps: Step[] = [];
  const folders = new OutputFolders(outDir);
  for (const [index, change] of changes.entries()) {
    const target = join(outDir, change.path);
    try {
      const missing = change.remove ? undefined : folders.firstMissing(change.path);
      if (missing === 'moved') continue;
      if (missing !== undefined) {
        const step: Step = { target: join(outDir, missing), backup: undefined, placed: false, folder: true };
        steps.push(step);
        renameSync(join(staged, missing), step.target);
        step.placed = true;
        folders.moved(missing);
        continue;
      }
      const backup = exists(target) ? join(staging, 'old', String(index)) : undefined;
      const step: Step = { target, backup, placed: false };
      if (backup !== undefined) renameSync(target, backup);
      steps.push(step);
      if (!change.remove) {
        renameSync(join(staged, change.path), target);
        step.placed = true;
      }
    } catch (error) {
      const verb = change.remove ? 'remove' : 'write';
      throw new OutputError(`could not ${verb} ${change.path}: ${describeFsError(error)}. ${undo(steps, staging)}`);
    }
  }
  rmSync(staging, { recursive: true, force: true });
}

/** Which folders on the way to a file the output has, asked once per folder. */
class OutputFolders {
  private readonly present = new Set<string>();
  private readonly movedIn = new Set<string>();

  constructor(private readonly outDir: string) {}

  /**
   * The outermost folder above `path` that the output lacks (relative, `/`-separated), 'moved'
   * when that folder was already moved in with `path` inside, undefined when all are there.
   */
  firstMissing(path: string): string | 'moved' | undefined {
    const segments = path.split('/');
    for (let end = 1; end < segments.length; end++) {
      const folder = segments.slice(0, end).join('/');
      if (this.movedIn.has(folder)) return 'moved';
      if (this.present.has(folder)) continue;
      if (!exists(join(this.outDir, folder))) return folder;
      this.present.add(folder);
    }
    return undefined;
  }

  moved(folder: string): void {
    this.movedIn.add(folder);
  }
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

/** Undoes `steps` newest first; says whether that restored the tree. */
function undo(steps: readonly Step[], staging: string): string {
  const failures: string[] = [];
  for (const step of [...steps].reverse()) {
    try {
      if (step.backup !== undefined) renameSync(step.backup, step.target);
      else if (step.folder && step.placed) rmSync(step.target, { recursive: true });
      else if (step.placed) unlinkSync(step.target);
    } catch (error) {
      failures.push(`${step.target} (${describeFsError(error)})`);
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
