import { type ForJssErrorCode, type JssErrorCodeInput, resolveJssErrorCode } from '@jss/error-codes';
import { hasJssErrorBrand, jssCodeOf } from './brand.js';
import type { JssErrorClassMap } from './generated/registry.js';
import type { JssError } from './jss-error.js';

/**
 * True for any JSS error, or for the error of one code, including errors made by another copy
 * of this package (it checks a registered brand, not the prototype chain). A literal code is
 * checked at compile time and narrows to its class; a code held in a `string` is matched
 * case-insensitively and through the catalog's aliases, and narrows to `JssError`.
 */
export function isJssError(value: unknown): value is JssError<string>;
export function isJssError<S extends string>(
  value: unknown,
  code: JssErrorCodeInput<S>,
): value is ForJssErrorCode<S, JssErrorClassMap, JssError<string>>;
export function isJssError(value: unknown, code?: string): boolean {
  if (!hasJssErrorBrand(value)) return false;
  const own = jssCodeOf(value);
  if (code === undefined || own === code) return true;
  const wanted = resolveJssErrorCode(code);
  return wanted !== undefined && resolveJssErrorCode(own) === wanted;
}
