import { errorInfo, type JssErrorCodeName, resolveJssErrorCode } from '@jss/error-codes';
import { createJssError } from '../create.js';
import type { JssError } from '../jss-error.js';
import { UnknownJssError } from '../unknown-jss-error.js';
import { bodilessCodeFor } from '@jss/error-codes';
import { withCallerStack } from '../stack/caller-stack.js';
import type { ErrorResponseBody } from './body-kinds.js';
import { type HeadersLike, headerValues } from './headers.js';
import { readBody } from './read-body.js';

/** An HTTP error response, as any client library exposes it. */
export interface ErrorResponse {
  readonly status: number;
  readonly headers?: HeadersLike;
  /**
   * The body as text or bytes (decoded as UTF-8), or as the value a client already parsed from
   * JSON (axios' `response.data`); absent for HEAD. Streams, Blobs, Responses and Promises must be
   * read first (`await res.text()`): they are refused, with the reason in `cause`.
   */
  readonly body?: ErrorResponseBody;
  /** The S3 operation that got the response (`'HeadBucket'`, `'HeadObject'`…): decides bodiless codes. */
  readonly operation?: string;
}

/** The code given to a bodiless response whose status no JSS code uses. */
export const UNKNOWN_CODE = 'Unknown';

/** Headers read, in order of preference for each field. */
const HEADERS = [
  'x-amz-request-id',
  'x-amzn-requestid',
  'x-jss-request-id',
  'x-oss-request-id',
  'x-amz-id-2',
  'location',
] as const;

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
export function parseJssErrorResponse(response: ErrorResponse): JssError<string> {
  return withCallerStack(parseOrFallBack, response, parseJssErrorResponse);
}

function parseOrFallBack(response: ErrorResponse): JssError<string> {
  const status = statusOf(response);
  try {
    return parseReadable(response, status);
  } catch (reason) {
    const cause = new Error('The error response could not be read: reading it threw', { cause: reason });
    return fallbackError({ status, operation: undefined, cause });
  }
}

function parseReadable(response: ErrorResponse, received: number): JssError<string> {
  const body = readBody(response.body);
  const fields = body.fields;
  const headers = headerValues(response.headers, HEADERS);
  // The response's status wins; `<statusCode>` stands in when a client lost it (0, NaN, missing).
  const status = isHttpStatus(received) ? received : httpStatusIn(fields?.statusCode);
  const base = {
    requestId:
      nonEmpty(fields?.requestId) ??
      headers['x-amz-request-id'] ??
      headers['x-amzn-requestid'] ??
      headers['x-jss-request-id'] ??
      headers['x-oss-request-id'],
    hostId: nonEmpty(fields?.hostId) ?? headers['x-amz-id-2'],
    endpoint: nonEmpty(fields?.endpoint) ?? headers.location,
    httpStatus: status,
  };
  if (fields !== undefined) {
    const code = resolveJssErrorCode(fields.code);
    const options = {
      requestId: base.requestId,
      hostId: base.hostId,
      endpoint: base.endpoint,
      httpStatus: status,
      message: fields.message,
      resource: fields.resource,
      variant: code === undefined ? undefined : variantOf(code, fields.message),
    };
    if (code === undefined) return new UnknownJssError(fields.code, options as object);
    return createJssError(code, options as object) as JssError<string>;
  }
  const cause = body.unreadable === undefined ? undefined : new Error(body.unreadable);
  const operation = typeof response.operation === 'string' ? response.operation : undefined;
  return fallbackError({ ...base, status: status ?? received, operation, cause });
}

interface FallbackOptions {
  readonly status: number;
  readonly operation: string | undefined;
  readonly cause?: Error;
  readonly requestId?: string;
  readonly hostId?: string;
  readonly endpoint?: string;
}

/** The error for a response whose body gave no code: decided by status and operation. */
function fallbackError({ status, operation, ...options }: FallbackOptions): JssError<string> {
  const code = bodilessCodeFor(status, operation);
  const withStatus = { ...options, httpStatus: isHttpStatus(status) ? status : undefined };
  if (code === undefined) return new UnknownJssError(UNKNOWN_CODE, { ...withStatus, message: `HTTP ${status}` });
  return createJssError(code, withStatus as object) as JssError<string>;
}

/** The status as given, or NaN when reading it throws or it is not a number. */
function statusOf(response: ErrorResponse): number {
  try {
    const status = response.status;
    return typeof status === 'number' ? status : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

const isHttpStatus = (value: number) => Number.isInteger(value) && value >= 100 && value <= 599;

function httpStatusIn(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*\d{3}\s*$/.test(text)) return undefined;
  const status = Number(text);
  return isHttpStatus(status) ? status : undefined;
}

const nonEmpty = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/** The variant whose wire message was received, so BucketNotEmpty's three messages stay apart. */
function variantOf(code: JssErrorCodeName, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const variants: Readonly<Record<string, string>> = errorInfo[code].variants;
  for (const id in variants) if (Object.hasOwn(variants, id) && variants[id] === message) return id;
  return undefined;
}
