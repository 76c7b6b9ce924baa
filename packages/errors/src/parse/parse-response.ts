import { buildJssError, type ClientErrorFacts, type WireReader } from '../clients/build-error.js';
import type { JssError } from '../jss-error.js';
import { withCallerStack } from '../stack/caller-stack.js';
import type { IncomingErrorBody } from './body-kinds.js';
import { type HeadersLike, headerValue, headerValues } from './headers.js';
import { awsErrorCode } from './json.js';
import { readBody } from './read-body.js';

/**
 * An HTTP error response received, as any client library exposes it. (The one a server sends is
 * `OutgoingErrorResponse` of @jss/errors-server.)
 */
export interface IncomingErrorResponse {
  readonly status: number;
  readonly headers?: HeadersLike;
  /**
   * The body as text or bytes (decoded as UTF-8), or as the value a client already parsed from
   * JSON (axios' `response.data`); absent for HEAD. Streams, Blobs, Responses and Promises must be
   * read first (`await res.text()`): they are refused, with the reason in `cause`.
   */
  readonly body?: IncomingErrorBody;
  /** The S3 operation that got the response (`'HeadBucket'`, `'HeadObject'`…): decides bodiless codes. */
  readonly operation?: string;
}

export { UNKNOWN_CODE } from '../clients/build-error.js';

/**
 * Where the request id may be, best first. Besides S3's: JD's S3-compatible pages show `x-req-id`
 * beside `x-amz-request-id`; its management plane (jdcloud-sdk-go) sends `x-jdcloud-request-id`;
 * its native API's examples carry `x-jss-request-id`, list `x-oss-request-id` and trace a request
 * by `X-Trace`, the last resort: an id support can look up, though not in S3's form.
 */
const REQUEST_ID_HEADERS = [
  'x-amz-request-id',
  'x-amzn-requestid',
  'x-req-id',
  'x-jdcloud-request-id',
  'x-jss-request-id',
  'x-oss-request-id',
  'x-trace',
] as const;

/** Headers read. */
const HEADERS = [...REQUEST_ID_HEADERS, 'x-amz-id-2', 'location', 'x-amzn-errortype'] as const;

/**
 * Turns an error response into the right JSS error. Never throws:
 * - an S3 XML or JSON body gives the class of its code, matched case-insensitively and through
 *   aliases (`NoSuchBucketPolicy` → `NotSuchBucketPolicyError`), keeping the message as received;
 * - an unknown code gives `UnknownJssError` with the code, message and request id kept; a code
 *   the catalog retired is recognised there (case-insensitively, by its aliases too), its
 *   `retired` saying since when, why and what replaced it;
 * - no body, or one with no code, gives the code for the status (and operation, if given), the
 *   reason in `cause` when a body was there but unreadable;
 * - a response that throws while being read (getters, Proxies) gives that default too, the
 *   exception in `cause`.
 * The error's stack starts where `parseJssErrorResponse` was called.
 */
export function parseJssErrorResponse(response: IncomingErrorResponse): JssError<string> {
  return withCallerStack(parseOrFallBack, response, parseJssErrorResponse);
}

function parseOrFallBack(response: IncomingErrorResponse): JssError<string> {
  let facts: ClientErrorFacts;
  try {
    facts = readErrorResponse(response);
    const operation = response.operation;
    if (typeof operation === 'string') (facts as { operation?: string }).operation = operation;
  } catch (reason) {
    const cause = new Error('The error response could not be read: reading it threw', { cause: reason });
    facts = { status: validStatus(statusOf(response)), cause };
  }
  return buildJssError(facts);
}

/**
 * What an error response says, read the one way every entry point reads it (this parser, the
 * fetch adapter): the body's fields (S3 XML, wrapped or not; JSON), else the JSON protocols'
 * `X-Amzn-Errortype` header; the request id, host id and redirect target from the body, else the
 * headers; the status, else `<statusCode>`; the body's other elements and the headers for the
 * code's placeholders. May throw where the response's own getters throw.
 */
export function readErrorResponse(response: IncomingErrorResponse): ClientErrorFacts {
  const received = statusOf(response);
  const headerSource = response.headers;
  const headers = headerValues(headerSource, HEADERS);
  const named = nonEmpty(awsErrorCode(headers['x-amzn-errortype'] ?? '').trim());
  const body = readBody(response.body, named !== undefined);
  const fields = body.fields;
  // The AWS SDK's JSON protocols name the error by this header first; its XML protocol ignores it.
  const typeHeader = body.kind === 'xml' ? undefined : named;
  return {
    code: typeHeader ?? fields?.code,
    message: fields?.message,
    messageAsSent: fields?.message !== undefined,
    resource: fields?.resource,
    requestId: nonEmpty(fields?.requestId) ?? firstHeader(headers, REQUEST_ID_HEADERS),
    hostId: nonEmpty(fields?.hostId) ?? headers['x-amz-id-2'],
    endpoint: nonEmpty(fields?.endpoint) ?? headers.location,
    serverTime: nonEmpty(fields?.serverTime),
    wire: wireOf(body.elements, headerSource),
    // The response's status wins; `<statusCode>` stands in when a client lost it (0, NaN, missing).
    status: validStatus(received) ?? httpStatusIn(fields?.statusCode),
    cause: typeHeader === undefined && body.unreadable !== undefined ? new Error(body.unreadable) : undefined,
  };
}

/** The body's other elements and the headers, read when the code's placeholders ask (never throws). */
function wireOf(elements: ReadonlyMap<string, string> | undefined, headers: HeadersLike | undefined): WireReader {
  return new ResponseWire(elements, headers);
}

/** A class, not two closures per response: this runs for every error parsed. */
class ResponseWire implements WireReader {
  constructor(
    private readonly elements: ReadonlyMap<string, string> | undefined,
    private readonly headers: HeadersLike | undefined,
  ) {}
  element(name: string): string | undefined {
    return this.elements?.get(name);
  }
  header(name: string): string | undefined {
    return headerValue(this.headers, name, true);
  }
}

/** The status as given, or NaN when reading it throws or it is not a number. */
function statusOf(response: IncomingErrorResponse): number {
  try {
    const status = response.status;
    return typeof status === 'number' ? status : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

const validStatus = (value: number) => (Number.isInteger(value) && value >= 100 && value <= 599 ? value : undefined);

function httpStatusIn(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*\d{3}\s*$/.test(text)) return undefined;
  return validStatus(Number(text));
}

function firstHeader<N extends string>(headers: Partial<Record<N, string>>, names: readonly N[]): string | undefined {
  for (const name of names) if (headers[name] !== undefined) return headers[name];
  return undefined;
}

const nonEmpty = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);
