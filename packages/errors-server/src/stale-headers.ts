/**
 * Headers a handler may have set before it threw that would misdescribe the error body
 * (`Content-Encoding: gzip`, an object's `ETag` or `x-amz-meta-*`). Only headers about the body
 * or representation go: security headers that merely start with `content-`
 * (`Content-Security-Policy`, set by helmet for every response), CORS headers and cookies stay.
 */
export function isStaleHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('x-amz-') || STALE.has(lower);
}

const STALE: ReadonlySet<string> = new Set([
  // The body: its type, size, coding, part, language, name, checksum and location.
  'content-type',
  'content-length',
  'content-encoding',
  'content-range',
  'content-disposition',
  'content-language',
  'content-md5',
  'content-location',
  'content-digest',
  'transfer-encoding',
  // The object it was: validators, freshness, range support.
  'etag',
  'last-modified',
  'expires',
  'accept-ranges',
]);
