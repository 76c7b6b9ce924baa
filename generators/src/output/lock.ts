import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describeFsError, LockHeldError, OutputError } from './output-error.js';

/** Held by the run that writes an output root, so two runs never interleave their writes. */
export const LOCK_FILE = '.jss-generate.lock';

/**
 * Creates the output root's lock file (`wx`: only if absent, atomically) and returns its release.
 * A lock that exists is never taken over: a killed run's lock stays until a person deletes it, so
 * the error says who holds it and what to do.
 */
export function acquireLock(outDir: string): () => void {
  const path = join(outDir, LOCK_FILE);
  const text = `${JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() })}\n`;
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new OutputError(`could not create the lock file ${path}: ${describeFsError(error)}. Nothing was changed.`);
    }
    throw new LockHeldError(
      `another generate run holds the lock ${path}${holder(path)}. Wait for it to finish; if no ` +
        'generate is running (one was killed), delete that file and run again. Nothing was changed.',
    );
  }
  return () => {
    // Only our own: a person may have deleted it and another run taken it since.
    if (readText(path) === text) rmSync(path, { force: true });
  };
}

/** ` (pid 12 on "host", started "…")` from the lock file; quoted, as any program may have written it. */
function holder(path: string): string {
  try {
    const { pid, host, startedAt } = JSON.parse(readText(path) ?? '');
    return ` (pid ${JSON.stringify(pid)} on ${JSON.stringify(host)}, started ${JSON.stringify(startedAt)})`;
  } catch {
    return '';
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
