/**
 * Prints a thrown value to stderr as Express and Node print uncaught errors (its stack, else its
 * text). A value that cannot be read (a revoked Proxy) is printed by `util.inspect`, which never
 * runs its traps; printing never throws.
 */
export function printError(error: unknown): void {
  try {
    const stack = (error as { stack?: unknown } | null | undefined)?.stack;
    console.error(typeof stack === 'string' && stack !== '' ? stack : String(error));
  } catch {
    try {
      console.error(error);
    } catch {
      console.error('A thrown value that cannot be printed was answered as InternalError.');
    }
  }
}
