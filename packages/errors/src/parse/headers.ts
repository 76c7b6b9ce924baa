/** Any way a caller may hold response headers: Fetch `Headers`, a `Map`, Node's object, or pairs. */
export type HeadersLike =
  | { get(name: string): string | null | undefined }
  | Readonly<Record<string, string | readonly string[] | number | undefined>>
  | Iterable<readonly [string, string]>;

/**
 * The first non-empty value of each wanted header (names given lower-case), matched
 * case-insensitively whatever the container, in one pass: iterable containers (Headers, Map,
 * pairs) and plain objects are scanned, since `Map#get` is case-sensitive; a repeated header (an
 * array, or Fetch's `"a, b"`) gives its first value. A container that throws while being read
 * gives what was read before it threw (never the exception: parsing must not fail on headers).
 */
export function headerValues<N extends string>(
  headers: HeadersLike | undefined | null,
  names: readonly N[],
  whole = false,
): Partial<Record<N, string>> {
  const found: Partial<Record<N, string>> = {};
  if (headers === undefined || headers === null || typeof headers !== 'object') return found;
  try {
    if (isCaseInsensitiveGetter(headers)) {
      for (const name of names) keep(found, names, name, headers.get(name), whole);
    } else if (Symbol.iterator in headers) {
      for (const entry of headers as Iterable<unknown>)
        if (Array.isArray(entry)) keep(found, names, entry[0], entry[1], whole);
    } else {
      const record = headers as Record<string, unknown>;
      for (const key of Object.keys(record)) keep(found, names, key, record[key], whole);
    }
  } catch {
    // A throwing getter, iterator or Proxy trap: keep what was read.
  }
  return found;
}

/** Records a header's first value under its lower-cased name, if wanted and not yet found. */
function keep<N extends string>(
  found: Partial<Record<N, string>>,
  names: readonly N[],
  key: unknown,
  value: unknown,
  whole: boolean,
) {
  if (typeof key !== 'string') return;
  const name = key.toLowerCase() as N;
  if (found[name] !== undefined || !names.includes(name)) return;
  const first = firstValue(value, whole);
  if (first !== undefined) found[name] = first;
}

/** Fetch's `Headers` (and look-alikes) match names case-insensitively; a `Map` does not. */
function isCaseInsensitiveGetter(headers: object): headers is { get(name: string): unknown } {
  return typeof (headers as { get?: unknown }).get === 'function' && !(headers instanceof Map);
}

/**
 * A header value's first non-empty item (the whole first value when `whole`: an HTTP date holds a
 * comma); only strings and numbers count (never `String(object)`).
 */
function firstValue(value: unknown, whole: boolean): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const first = firstValue(typeof item === 'string' || typeof item === 'number' ? item : undefined, whole);
      if (first !== undefined) return first;
    }
    return undefined;
  }
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value);
  const comma = whole ? -1 : text.indexOf(',');
  const first = (comma === -1 ? text : text.slice(0, comma)).trim();
  return first === '' ? undefined : first;
}

/** One header's first non-empty value, matched case-insensitively (see `headerValues`). */
export function headerValue(headers: HeadersLike | undefined | null, name: string, whole = false): string | undefined {
  const lower = name.toLowerCase();
  return headerValues(headers, [lower], whole)[lower];
}
