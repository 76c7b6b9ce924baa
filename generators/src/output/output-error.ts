/**
 * A generation that could not write its output. The message names what failed and says whether
 * the output tree was left as it was, so the CLI can print it as is.
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

/** `EACCES (permission denied)` from a Node error, or its message when it has no code. */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (typeof e?.code !== 'string') return String((error as Error)?.message ?? error);
  const reason = e.message.replace(/^[A-Z]+: /, '').replace(/,.*$/, '');
  return `${e.code} (${reason})`;
}

/** Staging failed before anything in the output moved: the one wording for every such failure. */
export function stagingFailed(stagingDir: string, error: unknown, path?: string): OutputError {
  const where = path === undefined ? stagingDir : `${stagingDir} (${path})`;
  return new OutputError(
    `could not stage the generated files in ${where}: ${describeFsError(error)}. Nothing was changed.`,
  );
}
