import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describeFsError, OutputError } from './output-error.js';
import { isProcessAlive, processStartTime } from './process-alive.js';

/** Held by the run that writes an output root, so two runs never interleave their writes. */
export const LOCK_FILE = '.jss-generate.lock';

/** A lock file still being written by its owner (created, not yet filled) is young, not stale. */
const UNREADABLE_LOCK_GRACE_MS = 10_000;

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
  /** Start time from /proc, to tell a recycled pid from the owner. */
  readonly processStart?: number;
}

export interface HeldLock {
  readonly path: string;
  release(): void;
}

/** Takes the output root's lock (O_EXCL), taking over a lock whose process has died. */
export function acquireLock(outDir: string): HeldLock {
  const path = join(outDir, LOCK_FILE);
  const processStart = processStartTime(process.pid);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date(performance.timeOrigin).toISOString(),
    ...(processStart === undefined ? {} : { processStart }),
  };
  const text = `${JSON.stringify(owner)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, text)) return { path, release: () => releaseIfOurs(path, text) };
    const existing = readLock(path);
    if (existing === undefined) continue; // released meanwhile: try again
    const live = holder(existing.text, path);
    if (live) {
      throw new OutputError(
        `another generate run holds the lock ${path} (${live}). Wait for it to finish; if no generate ` +
          'is running, delete that file. Nothing was changed.',
      );
    }
    takeOver(path, existing.text);
  }
  throw new OutputError(`could not take the lock ${path}: other runs keep taking it. Nothing was changed.`);
}

function tryCreate(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new OutputError(`could not create the lock file ${path}: ${describeFsError(error)}. Nothing was changed.`);
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readLock(path: string): { text: string } | undefined {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new OutputError(`could not read the lock file ${path}: ${describeFsError(error)}. Nothing was changed.`);
  }
}

/** Who holds the lock, when that run may still be alive; undefined when the lock is stale. */
function holder(text: string, path: string): string | undefined {
  let owner: Partial<LockOwner>;
  try {
    owner = JSON.parse(text) as Partial<LockOwner>;
  } catch {
    return youngerThanGrace(path) ? 'a run that is creating it' : undefined;
  }
  const who = `pid ${owner.pid} on ${owner.host}, started ${owner.startedAt}`;
  if (typeof owner.pid !== 'number') return youngerThanGrace(path) ? who : undefined;
  if (owner.host !== hostname()) return who; // cannot see that machine's processes
  if (!isProcessAlive(owner.pid)) return undefined;
  const start = processStartTime(owner.pid);
  if (owner.processStart !== undefined && start !== undefined && start !== owner.processStart) return undefined;
  return who;
}

function youngerThanGrace(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < UNREADABLE_LOCK_GRACE_MS;
  } catch {
    return false;
  }
}

/**
 * Moves a stale lock aside. Two runs may both judge it stale; the rename lets only one move it,
 * and a lock that turns out not to be the stale one is put back (link fails if a new one exists).
 */
function takeOver(path: string, staleText: string): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new OutputError(
      `could not take over the stale lock ${path}: ${describeFsError(error)}. Nothing was changed.`,
    );
  }
  try {
    if (readFileSync(aside, 'utf8') !== staleText) linkSync(aside, path);
  } catch {
    // The lock was re-taken meanwhile by another run; the retry will see it.
  } finally {
    unlinkSync(aside);
  }
}

function releaseIfOurs(path: string, text: string): void {
  try {
    if (readFileSync(path, 'utf8') === text) unlinkSync(path);
  } catch {
    // Already gone: nothing to release.
  }
}
