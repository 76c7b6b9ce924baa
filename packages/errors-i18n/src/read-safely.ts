/**
 * `value[name]` for an object, else undefined; also undefined when reading throws (a getter, a
 * revoked proxy): a formatter called while handling an error must not throw a second one.
 */
export function readSafely(value: unknown, name: string): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  try {
    return (value as Readonly<Record<string, unknown>>)[name];
  } catch {
    return undefined;
  }
}
