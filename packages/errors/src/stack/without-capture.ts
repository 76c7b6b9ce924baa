/**
 * Runs `make` with stack capture switched off and says whether it was: capturing costs per
 * frame, so an error whose stack is set another way should not pay for one first. The limit is
 * made non-numeric, not 0: V8 then installs no stack at all, where 0 installs one that is
 * formatted (through `Error.prepareStackTrace`) the moment it is replaced. Where the limit
 * cannot be changed (a frozen `Error`), `make` runs as usual and `captured` is true.
 */
export function withoutCapture<A, E>(make: (argument: A) => E, argument: A): { value: E; captured: boolean } {
  const limit = Error.stackTraceLimit;
  if (!trySetLimit(undefined)) return { value: make(argument), captured: true };
  try {
    return { value: make(argument), captured: false };
  } finally {
    trySetLimit(limit);
  }
}

function trySetLimit(limit: number | undefined): boolean {
  try {
    Error.stackTraceLimit = limit as number;
    return Error.stackTraceLimit === limit;
  } catch {
    return false;
  }
}
