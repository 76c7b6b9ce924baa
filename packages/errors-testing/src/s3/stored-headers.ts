import { InvalidArgumentError } from '@jss/errors';
import { header, type S3Request } from './reply.js';

/** The headers S3 keeps with an object (PUT, CreateMultipartUpload, CopyObject REPLACE) and answers on GET/HEAD. */
const STORED_HEADERS = ['cache-control', 'content-disposition', 'content-encoding', 'content-language', 'expires'];

/**
 * The stored headers a request sets. `aws-chunked` is how the body was sent, not how the object is
 * encoded: S3 drops it from Content-Encoding (and the header when nothing else is left), the other
 * codings answered as a list (`deflate, gzip`).
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
        .join(', ');
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

/** Control characters no HTTP header value may hold (a line break would end the header). */
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f]/;

/**
 * An object's answer headers with the request's `response-*` overrides applied. A value is sent
 * as its UTF-8 bytes, as S3 sends it; one with a control character is InvalidArgument.
 */
export function withOverrides(
  headers: Readonly<Record<string, string | number>>,
  request: S3Request,
): Record<string, string | number> {
  const out = { ...headers };
  for (const [parameter, name] of Object.entries(OVERRIDES)) {
    const value = request.query.get(parameter);
    if (value === null) continue;
    if (CONTROL.test(value)) throw new InvalidArgumentError({ resource: request.path });
    // Node writes header strings as Latin-1: one character per UTF-8 byte sends the bytes.
    out[name] = Buffer.from(value, 'utf8').toString('latin1');
  }
  return out;
}
