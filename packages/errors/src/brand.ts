/**
 * Registered symbols survive two copies of this package in one process (a dependency pinning
 * another version, a CJS and an ESM copy): `instanceof` alone does not.
 */
export const JSS_ERROR_BRAND: unique symbol = Symbol.for('@jss/errors:JssError') as never;
export const UNKNOWN_CODE_BRAND: unique symbol = Symbol.for('@jss/errors:UnknownCode') as never;

export function hasJssErrorBrand(value: unknown): value is { readonly code: string } {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[JSS_ERROR_BRAND] === true;
}
