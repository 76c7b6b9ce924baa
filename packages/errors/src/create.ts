import {
  type ForJssErrorCode,
  type JssErrorCodeInput,
  type JssErrorCodeName,
  resolveJssErrorCode,
} from '@jss/error-codes';
import type { JssErrorOptionsMap } from './generated/classes.js';
import { errorClasses, type JssErrorClassMap } from './generated/registry.js';
import type { JssError } from './jss-error.js';
import { UnknownJssError, type UnknownJssErrorOptions } from './unknown-jss-error.js';

/**
 * Makes the error of a code. A literal code is checked and typed per code:
 * `createJssError('NoSuchBucket', { bucket })` is a `NoSuchBucketError`, and a misspelt literal
 * does not compile. A code held in a `string` (from the wire, a log) gives a `JssError`: it is
 * matched case-insensitively and through the catalog's aliases (`NoSuchBucketPolicy` gives a
 * `NotSuchBucketPolicyError`), and a code the catalog does not know gives an `UnknownJssError`
 * that keeps it as received.
 */
export function createJssError<S extends string>(
  code: JssErrorCodeInput<S>,
  options?: ForJssErrorCode<S, JssErrorOptionsMap, UnknownJssErrorOptions>,
): ForJssErrorCode<S, JssErrorClassMap, JssError<string>>;
export function createJssError(code: string, options: object = {}): JssError<string> {
  const known = typeof code === 'string' ? resolveJssErrorCode(code) : undefined;
  return known === undefined ? new UnknownJssError(code, options) : createCatalogError(known, options);
}

/** The error of a code already resolved to the catalog's (the parser resolves it once). */
export function createCatalogError(code: JssErrorCodeName, options: object): JssError<string> {
  const ErrorClass = errorClasses[code] as new (options: object) => JssError<string>;
  return new ErrorClass(options);
}
