/**
 * Registered symbols survive two copies of this package in one process (a dependency pinning
 * another version, a CJS and an ESM copy): `instanceof` alone does not.
 */
export const JSS_ERROR_BRAND: unique symbol = Symbol.for('@jss/errors:JssError') as never;
export const UNKNOWN_CODE_BRAND: unique symbol = Symbol.for('@jss/errors:UnknownCode') as never;
/**
 * The JSS code of a branded error. A client's own error that carries the JSS view keeps the
 * client's `code` where it set one (minio's `NotFound` for a bodiless 404); this is the JSS one.
 */
export const JSS_CODE: unique symbol = Symbol.for('@jss/errors:code') as never;
/**
 * Where the wire carries each of the error's placeholders (its code's `errorInfo[code].wire`):
 * what @jss/errors-server sends, read from an error of any copy of this package.
 */
export const JSS_WIRE: unique symbol = Symbol.for('@jss/errors:wire') as never;

export function hasJssErrorBrand(value: unknown): value is { readonly code: string } {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[JSS_ERROR_BRAND] === true;
}

/** The JSS code of a branded error: the view's, else its own `code`. */
export function jssCodeOf(value: { readonly code: string }): string {
  return (value as { readonly [JSS_CODE]?: string })[JSS_CODE] ?? value.code;
}

/**
 * Defines getters under symbols on a class's prototype, as `get [symbol]()` in the class body would
 * (not enumerable, configurable). Isolated declarations cannot declare a class member of a
 * computed name, so the classes define these here; none is public API.
 */
export function brandPrototype<T>(prototype: T, getters: Readonly<Record<symbol, (self: T) => unknown>>): void {
  for (const key of Object.getOwnPropertySymbols(getters)) {
    const read = getters[key]!;
    Object.defineProperty(prototype, key, {
      get(this: T) {
        return read(this);
      },
      configurable: true,
      enumerable: false,
    });
  }
}
