/** What a client adapter knows about a failed request, gathered before it builds the error. */
export interface RequestFacts {
  /** The S3 operation, e.g. `HeadBucket`, `GetObject`; decides bodiless 404s. */
  readonly operation?: string;
  /** Placeholder values the request itself supplies: `bucket`, `key`, `uploadId`, `method`, … */
  readonly params?: Readonly<Record<string, unknown>>;
}

/** Splits a path-style resource (`/photos/a/b.jpg`) into bucket and key. */
export function paramsOfResource(resource: string | undefined): Record<string, string> {
  if (resource === undefined) return {};
  const path = resource.split('?')[0] ?? '';
  const trimmed = path.startsWith('/') ? path.slice(1) : path;
  if (trimmed === '') return {};
  const slash = trimmed.indexOf('/');
  if (slash === -1) return { bucket: safeDecode(trimmed) };
  const key = trimmed.slice(slash + 1);
  return key === ''
    ? { bucket: safeDecode(trimmed.slice(0, slash)) }
    : { bucket: safeDecode(trimmed.slice(0, slash)), key: safeDecode(key) };
}

function safeDecode(text: string): string {
  // Most names have no escapes; skipping the decoder for them keeps every parsed error cheaper.
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
