import { header, type S3Request } from './reply.js';

/** The headers S3 keeps with an object (PUT, CreateMultipartUpload, CopyObject REPLACE) and answers on GET/HEAD. */
const STORED_HEADERS = ['cache-control', 'content-disposition', 'content-encoding', 'content-language', 'expires'];

/**
 * The stored headers a request sets. `aws-chunked` is how the body was sent, not how the object is
 * encoded: S3 drops it from Content-Encoding (and the header when nothing else is left).
 */
export function storedHeadersOf(request: S3Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of STORED_HEADERS) {
    let value = header(request, name);
    if (name === 'content-encoding' && value !== undefined)
      value = value
        .split(',')
        .map((coding) => coding.trim())
        .filter((coding) => coding !== '' && coding !== 'aws-chunked')
        .join(',');
    if (value !== undefined && value !== '') out[name] = value;
  }
  return out;
}

/** GET/HEAD `response-*` query parameters: the header they name is answered with their value. */
const OVERRIDES: Readonly<Record<string, string>> = {
  'response-cache-control': 'cache-control',
  'response-content-disposition': 'content-disposition',
  'response-content-encoding': 'content-encoding',
  'response-content-language': 'content-language',
  'response-content-type': 'content-type',
  'response-expires': 'expires',
};

/** An object's answer headers with the request's `response-*` overrides applied. */
export function withOverrides(
  headers: Readonly<Record<string, string | number>>,
  query: URLSearchParams,
): Record<string, string | number> {
  const out = { ...headers };
  for (const [parameter, name] of Object.entries(OVERRIDES)) {
    const value = query.get(parameter);
    if (value !== null) out[name] = value;
  }
  return out;
}
