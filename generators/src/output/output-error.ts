/**
 * A generation that could not write its output. The message names what failed and says whether
 * the output tree was left as it was, so the CLI can print it as is.
 */
export class OutputError extends Error {
  override readonly name: string = 'OutputError';
}

/** Another run holds the output root's lock: waiting (or deleting a dead run's lock) fixes it. */
export class LockHeldError extends OutputError {
  override readonly name = 'LockHeldError';
}

/** `EACCES (permission denied)` from a Node error, or its message when it has no code. */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (typeof e?.code !== 'string') return String((error as Error)?.message ?? error);
  const reason = e.message.replace(/^[A-Z]+: /, '').replace(/,.*$/, '');
  return `${e.code} (${reason})`;
}
