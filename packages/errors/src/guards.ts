import { hasJssErrorBrand } from './brand.js';
import type { JssErrorClassMap } from './generated/registry.js';
import type { JssError } from './jss-error.js';

/**
 * True for any JSS error, or for the error of one code, including errors made by another copy
 * of this package (it checks a registered brand, not the prototype chain).
 */
export function isJssError<C extends keyof JssErrorClassMap>(value: unknown, code: C): value is JssErrorClassMap[C];
export function isJssError(value: unknown, code?: string): value is JssError<string>;
export function isJssError(value: unknown, code?: string): boolean {
  return hasJssErrorBrand(value) && (code === undefined || value.code === code);
}
