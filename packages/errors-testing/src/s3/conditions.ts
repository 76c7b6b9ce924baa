import {
  InvalidRangeError,
  NoSuchKeyError,
  NotImplementedError,
  NotSupportMultiRangeError,
  PreconditionFailedError,
} from '@jss/errors';
import { header, type S3Request } from './reply.js';
import type { StoredObject } from './store.js';

/** The result of a GET/HEAD's conditional headers: go on, or answer 304 Not Modified. */
export type Conditional = 'proceed' | 'notModified';

/** The four conditional headers of one request: GET/HEAD's, or CopyObject's `x-amz-copy-source-if-*`. */
interface Preconditions {
  readonly ifMatch: string | undefined;
  readonly ifNoneMatch: string | undefined;
  readonly ifModifiedSince: string | undefined;
  readonly ifUnmodifiedSince: string | undefined;
}

/**
 * RFC 9110 §13.2.2's order, which S3 documents: If-Match (else If-Unmodified-Since) fails the
 * request; then If-None-Match (else If-Modified-Since) answers "not modified". A header that is
 * present makes its date counterpart ignored (If-Match true with If-Unmodified-Since false: 200).
 */
function evaluate(conditions: Preconditions, object: StoredObject): 'proceed' | Failed | 'notModified' {
  const unmodifiedSince = dateOf(conditions.ifUnmodifiedSince);
  if (conditions.ifMatch !== undefined) {
    if (!etagListHas(conditions.ifMatch, object.etag, 'strong')) return { failed: 'If-Match' };
  } else if (unmodifiedSince !== undefined && object.lastModified > unmodifiedSince)
    return { failed: 'If-Unmodified-Since' };
  const modifiedSince = dateOf(conditions.ifModifiedSince);
  if (conditions.ifNoneMatch !== undefined) {
    if (etagListHas(conditions.ifNoneMatch, object.etag, 'weak')) return 'notModified';
  } else if (
    modifiedSince !== undefined &&
    // S3 ignores a date in the future, as RFC 9110 has an invalid one ignored.
    modifiedSince.getTime() <= Date.now() &&
    object.lastModified <= modifiedSince
  )
    return 'notModified';
  return 'proceed';
}

/** The condition that failed, as S3 names it in `<Condition>`. */
interface Failed {
  readonly failed: 'If-Match' | 'If-Unmodified-Since';
}

/** The four headers as `prefix` names them: `if-match`, … or CopyObject's `x-amz-copy-source-if-match`, …. */
function preconditionsOf(request: S3Request, prefix: '' | 'x-amz-copy-source-'): Preconditions {
  return {
    ifMatch: header(request, `${prefix}if-match`),
    ifNoneMatch: header(request, `${prefix}if-none-match`),
    ifModifiedSince: header(request, `${prefix}if-modified-since`),
    ifUnmodifiedSince: header(request, `${prefix}if-unmodified-since`),
  };
}

/** GET and HEAD: If-Match / If-Unmodified-Since fail with PreconditionFailed; If-None-Match / If-Modified-Since give 304. */
export function checkConditions(request: S3Request, object: StoredObject): Conditional {
  const outcome = evaluate(preconditionsOf(request, ''), object);
  if (typeof outcome === 'object') throw preconditionFailed(request, outcome.failed);
  return outcome;
}

/** CopyObject's conditions on its source: every one that does not hold is PreconditionFailed, never 304. */
export function checkCopySourceConditions(request: S3Request, source: StoredObject): void {
  const conditions = preconditionsOf(request, 'x-amz-copy-source-');
  const outcome = evaluate(conditions, source);
  if (outcome === 'proceed') return;
  const failed =
    typeof outcome === 'object'
      ? outcome.failed
      : conditions.ifNoneMatch !== undefined
        ? 'If-None-Match'
        : 'If-Modified-Since';
  throw preconditionFailed(request, `x-amz-copy-source-${failed}`);
}

/**
 * Conditional writes (PutObject, CompleteMultipartUpload, CopyObject's destination):
 * `If-None-Match: *` fails when the key exists; `If-Match: <etag>` fails when the object's ETag
 * differs, and is NoSuchKey when there is no object, as S3 answers both. S3 takes only `*` for
 * If-None-Match on a write: any other value is NotImplemented (observed: aws/aws-sdk-ruby#3144).
 */
export function checkWriteConditions(request: S3Request, existing: StoredObject | undefined): void {
  const ifNoneMatch = header(request, 'if-none-match');
  if (ifNoneMatch !== undefined && ifNoneMatch !== '*') throw new NotImplementedError({ resource: request.path });
  if (ifNoneMatch === '*' && existing !== undefined) throw preconditionFailed(request, 'If-None-Match');
  const ifMatch = header(request, 'if-match');
  if (ifMatch === undefined) return;
  if (existing === undefined) throw new NoSuchKeyError({ key: request.key ?? '', resource: request.path });
  if (!etagListHas(ifMatch, existing.etag, 'strong')) throw preconditionFailed(request, 'If-Match');
}

/** Every PreconditionFailed of the in-memory JSS; `condition` is the header that failed, as S3 names it. */
function preconditionFailed(request: S3Request, condition: string): PreconditionFailedError {
  return new PreconditionFailedError({ condition, resource: request.path });
}

/** Whether a list of entity tags (`*`, quoted or bare) names `etag`; a weak tag (`W/`) matches only weakly. */
function etagListHas(list: string, etag: string, comparison: 'strong' | 'weak'): boolean {
  return list.split(',').some((item) => {
    let tag = item.trim();
    if (tag.startsWith('W/')) {
      if (comparison === 'strong') return false;
      tag = tag.slice(2);
    }
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
  // Both 416s carry `Content-Range: bytes */<size>`, as the catalog declares and RFC 9110 asks.
  const contentRange = `bytes */${size}`;
  if (range.includes(',')) throw new NotSupportMultiRangeError({ contentRange, resource: request.path });
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  // An unreadable Range is ignored, as HTTP says: the whole object is sent.
  if (match === null || (match[1] === '' && match[2] === '')) return undefined;
  const invalid = () => new InvalidRangeError({ range, actualObjectSize: size, contentRange, resource: request.path });
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
