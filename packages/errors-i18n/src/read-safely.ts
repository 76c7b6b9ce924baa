/**
 * `value[name]` for an object, else undefined; also undefined when reading throws (a getter, a
 * revoked proxy): a formatter called while handling an error must not throw a second one.
 */
export function readSafely(value: unknown, name: PropertyKey): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  try {
    return (value as Readonly<Record<PropertyKey, unknown>>)[name];
  } catch {
    return undefined;
  }
}

/**
 * The JSS code of an error. A client's own error carrying the JSS view (minio's, through
 * `withJssErrors`) keeps the client's `code` (`NotFound`); @jss/errors puts the JSS code under
 * this registered symbol.
 */
const JSS_CODE = Symbol.for('@jss/errors:code');

export function jssCodeOfValue(value: unknown): unknown {
  return readSafely(value, JSS_CODE) ?? readSafely(value, 'code');
}
