/**
 * Headers a handler may have set before it threw that would misdescribe the error body
 * (`Content-Encoding: gzip`, an object's `ETag` or `x-amz-meta-*`). Others (CORS, cookies) stay.
 */
export function isStaleHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('content-') || lower.startsWith('x-amz-') || STALE.has(lower);
}

const STALE: ReadonlySet<string> = new Set(['etag', 'last-modified', 'transfer-encoding', 'accept-ranges', 'expires']);
