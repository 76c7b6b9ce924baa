import { withoutCapture } from './without-capture.js';

/**
 * Builds an error with no stack capture, then captures the stack once, from the caller of
 * `entry`. Capturing costs per frame, and the parser's own frames (parse → create → class →
 * base class) would be most of the stack and most of the cost; users want where they called it.
 * Where `Error.captureStackTrace` is missing (not V8), `make(argument)` as is.
 */
export function withCallerStack<A, E extends object>(make: (argument: A) => E, argument: A, entry: AnyFunction): E {
  const capture = (Error as { captureStackTrace?: (target: object, entry: AnyFunction) => void }).captureStackTrace;
  if (typeof capture !== 'function') return make(argument);
  const { value, captured } = withoutCapture(make, argument);
  if (!captured) capture(value, entry);
  return value;
}

type AnyFunction = (...args: never) => unknown;
