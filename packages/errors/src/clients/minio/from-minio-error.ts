import { withCauseStack } from '../../stack/source-stack.js';
import type { JssError } from '../../jss-error.js';
import { buildJssError, memberText, type WireReader } from '../build-error.js';
import type { RequestFacts } from '../request-facts.js';

/** What minio-js puts on its errors: body tags lower-cased, header facts renamed. */
interface MinioErrorLike {
  message?: string;
  code?: unknown;
  resource?: unknown;
  requestid?: unknown;
  hostid?: unknown;
  amzRequestid?: unknown;
  amzId2?: unknown;
}

/** minio's own codes for a bodiless response, with the status each stands for (a Map: no `constructor`). */
const BODILESS_CODES: ReadonlyMap<string, number> = new Map([
  ['NotFound', 404],
  ['AccessDenied', 403],
  ['MethodNotAllowed', 405],
  ['MovedPermanently', 301],
  ['TemporaryRedirect', 307],
]);

/** minio's messages for those codes; a real body would carry the service's message. */
const BODILESS_MESSAGES = new Set([
  'Not Found',
  'Valid and authorized credentials required',
  'Method Not Allowed',
  'Moved Permanently',
  'Are you using the correct endpoint URL?',
]);

/** For these statuses minio throws before it reads the body; only the status survives. */
const UNREAD_STATUS = /Retryable HTTP status: (\d{3})/;

/**
 * The typed JSS error for an error a minio-js call rejected with, or undefined when it did not
 * come from an S3 response. minio keeps no status: the catalog's status of the code is used.
 * For 408/429/499/500/502/503/504/520 minio never reads the body, so the error is the status'
 * bodiless code (500 → InternalError; a status no code uses → `UnknownJssError` `Unknown`) with
 * minio's error as `cause` and no request id.
 */
export function fromMinioError(error: unknown, facts: RequestFacts = {}): JssError<string> | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  return withCauseStack(convert, { error, facts });
}

/** The conversion proper; undefined for an error that is not minio's S3Error. */
function convert({ error, facts }: { error: object; facts: RequestFacts }): JssError<string> | undefined {
  const minio = error as MinioErrorLike;
  const unread = typeof minio.message === 'string' ? UNREAD_STATUS.exec(minio.message) : null;
  if (unread !== null) return buildJssError({ ...facts, status: Number(unread[1]), cause: error });
  if (typeof minio.code !== 'string' || (minio.constructor as { name?: string })?.name !== 'S3Error') {
    return undefined;
  }
  const requestId = idOf(minio.requestid, minio.amzRequestid);
  const hostId = idOf(minio.hostid, minio.amzId2);
  const bodilessStatus = BODILESS_CODES.get(minio.code);
  if (minio.code === '' || (bodilessStatus !== undefined && isBodiless(minio))) {
    return buildJssError({ ...facts, status: bodilessStatus, requestId, hostId, cause: error });
  }
  return buildJssError({
    ...facts,
    code: minio.code,
    message: minio.message,
    resource: text(minio.resource),
    requestId,
    hostId,
    cause: error,
    wire: wireOf(minio),
  });
}

/**
 * minio copies every child of `<Error>` onto its error under the element's name lower-cased,
 * number-looking text made a number (see `WireReader`). It keeps no other header than the ids.
 */
function wireOf(minio: MinioErrorLike): WireReader {
  return {
    element: (name) => memberText(minio, name.toLowerCase()),
    header: () => undefined,
  };
}

function isBodiless(minio: MinioErrorLike): boolean {
  return minio.requestid === undefined && BODILESS_MESSAGES.has(minio.message ?? '');
}

/** minio's parser turns number-looking text into numbers ("0012" → 12); take it back as text. */
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/**
 * An id as text. minio's XML parser made a digit-only body id a number (losing leading zeros and,
 * past 2^53, digits): the header's copy (`x-amz-request-id`, always a string) is the exact one
 * then; without it, the number's digits are the best left.
 */
function idOf(body: unknown, header: unknown): string | undefined {
  if (typeof body === 'string' && body !== '') return body;
  const fromHeader = typeof header === 'string' && header !== '' ? header : undefined;
  return fromHeader ?? text(body);
}
