import { errorClasses, type JssErrorClassMap, type JssErrorOptionsMap } from './generated/registry.js';
import { UnknownJssError, type UnknownJssErrorOptions } from './unknown-jss-error.js';

/**
 * Makes the error of a code, typed per code: `createJssError('NoSuchBucket', { bucket })`.
 * A code the catalog does not know (only possible from untyped callers) gives an
 * `UnknownJssError` that keeps it.
 */
export function createJssError<C extends keyof JssErrorClassMap>(
  code: C,
  options?: JssErrorOptionsMap[C],
): JssErrorClassMap[C];
export function createJssError(code: string, options?: UnknownJssErrorOptions): UnknownJssError;
export function createJssError(code: string, options: object = {}): Error {
  if (Object.hasOwn(errorClasses, code)) {
    const ErrorClass = errorClasses[code as keyof JssErrorClassMap] as new (options: object) => Error;
    return new ErrorClass(options);
  }
  return new UnknownJssError(code, options);
}
