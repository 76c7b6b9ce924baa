/** Any way a caller may hold response headers: Fetch `Headers`, a `Map`, Node's object, or pairs. */
export type HeadersLike =
  | { get(name: string): string | null | undefined }
  | Readonly<Record<string, string | readonly string[] | number | undefined>>
  | Iterable<readonly [string, string]>;

/**
 * A header's first non-empty value, its name matched case-insensitively whatever the container:
 * iterable containers (Headers, Map, pairs) are scanned, since `Map#get` is case-sensitive; a
 * repeated header (an array, or Fetch's `"a, b"`) gives its first value.
 */
export function headerValue(headers: HeadersLike | undefined | null, name: string): string | undefined {
  if (headers === undefined || headers === null || typeof headers !== 'object') return undefined;
  const wanted = name.toLowerCase();
  if (Symbol.iterator in headers) {
    for (const entry of headers as Iterable<readonly [unknown, unknown]>) {
      if (Array.isArray(entry) && String(entry[0]).toLowerCase() === wanted) {
        const value = firstValue(entry[1]);
        if (value !== undefined) return value;
      }
    }
    return undefined;
  }
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return firstValue(
      (headers as { get(name: string): unknown }).get(name) ?? (headers as { get(name: string): unknown }).get(wanted),
    );
  }
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    const first = firstValue(value);
    if (first !== undefined) return first;
  }
  return undefined;
}

function firstValue(value: unknown): string | undefined {
  const raw = Array.isArray(value) ? value.find((v) => firstValue(v) !== undefined) : value;
  if (raw === undefined || raw === null) return undefined;
  const first = String(raw).split(',', 1)[0]!.trim();
  return first === '' ? undefined : first;
}
