/**
 * Builds an error with no stack capture, then captures the stack once, from the caller of
 * `entry`. Capturing costs per frame, and the parser's own frames (parse → create → class →
 * base class) would be most of the stack and most of the cost; users want where they called it.
 * Where `Error.captureStackTrace` is missing (not V8) or the limit cannot be changed, `make(argument)` as is.
 */
export function withCallerStack<A, E extends object>(make: (argument: A) => E, argument: A, entry: AnyFunction): E {
  const capture = (Error as { captureStackTrace?: (target: object, entry: AnyFunction) => void }).captureStackTrace;
  const limit = Error.stackTraceLimit;
  if (typeof capture !== 'function' || !trySetLimit(0)) return make(argument);
  let error: E;
  try {
    error = make(argument);
  } finally {
    trySetLimit(limit);
  }
  capture(error, entry);
  return error;
}

type AnyFunction = (...args: never) => unknown;

function trySetLimit(limit: number): boolean {
  try {
    Error.stackTraceLimit = limit;
    return Error.stackTraceLimit === limit;
  } catch {
    return false; // a frozen Error
  }
}
