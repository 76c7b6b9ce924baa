import { InvalidRangeError, NotSupportMultiRangeError, PreconditionFailedError } from '@jss/errors';
import { header, type S3Request } from './reply.js';
import type { StoredObject } from './store.js';

/** The result of a GET/HEAD's conditional headers: go on, or answer 304 Not Modified. */
export type Conditional = 'proceed' | 'notModified';

/** If-Match / If-Unmodified-Since fail with PreconditionFailed; If-None-Match / If-Modified-Since give 304. */
export function checkConditions(request: S3Request, object: StoredObject): Conditional {
  const ifMatch = header(request, 'if-match');
  if (ifMatch !== undefined && !etagListHas(ifMatch, object.etag)) throw preconditionFailed(request, 'If-Match');
  const unmodifiedSince = dateOf(header(request, 'if-unmodified-since'));
  if (ifMatch === undefined && unmodifiedSince !== undefined && object.lastModified > unmodifiedSince)
    throw preconditionFailed(request, 'If-Unmodified-Since');
  const ifNoneMatch = header(request, 'if-none-match');
  if (ifNoneMatch !== undefined && etagListHas(ifNoneMatch, object.etag)) return 'notModified';
  const modifiedSince = dateOf(header(request, 'if-modified-since'));
  if (ifNoneMatch === undefined && modifiedSince !== undefined && object.lastModified <= modifiedSince)
    return 'notModified';
  return 'proceed';
}

/** `condition` is the header that failed, as S3 names it in `<Condition>`. */
function preconditionFailed(request: S3Request, condition: string): PreconditionFailedError {
  return new PreconditionFailedError({ condition, resource: request.path });
}

function etagListHas(list: string, etag: string): boolean {
  return list.split(',').some((item) => {
    const tag = item.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag || `"${tag}"` === etag;
  });
}

function dateOf(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The byte span a `Range` header asks for, or undefined for the whole object. */
export function rangeOf(request: S3Request, size: number): { start: number; end: number } | undefined {
  const range = header(request, 'range');
  if (range === undefined) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  if (range.includes(',')) throw new NotSupportMultiRangeError({ resource: request.path });
  // An unreadable Range is ignored, as HTTP says: the whole object is sent.
  if (match === null || (match[1] === '' && match[2] === '')) return undefined;
  const invalid = () =>
    new InvalidRangeError({ range, actualObjectSize: size, contentRange: `bytes */${size}`, resource: request.path });
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) throw invalid();
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || (match[2] !== '' && Number(match[2]) < start)) throw invalid();
  return { start, end };
}
