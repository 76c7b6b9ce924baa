import { defaultCodeForStatus, errorInfo, resolveJssErrorCode, type JssErrorCodeName } from '@jss/error-codes';
import { createJssError } from '../create.js';
import type { JssError } from '../jss-error.js';
import { UnknownJssError } from '../unknown-jss-error.js';
import type { ErrorBodyFields } from './fields.js';
import { headerValue, type HeadersLike } from './headers.js';
import { parseJsonErrorBody } from './json.js';
import { parseS3ErrorXml } from './xml.js';

/** An HTTP error response, as any client library exposes it. */
export interface ErrorResponse {
  readonly status: number;
  readonly headers?: HeadersLike;
  /** The body as text or bytes (decoded as UTF-8); absent for HEAD. */
  readonly body?: string | Uint8Array | ArrayBuffer | null;
}

/** The code given to a bodiless response whose status no JSS code uses. */
export const UNKNOWN_CODE = 'Unknown';

/**
 * Turns an error response into the right JSS error. Never throws on a bad body:
 * - an S3 XML or JSON body gives the class of its code, matched case-insensitively and through
 *   aliases (`NoSuchBucketPolicy` → `NotSuchBucketPolicyError`), keeping the message as received;
 * - an unknown code gives `UnknownJssError` with the code, message and request id kept;
 * - no body, or one with no code, gives the catalog's code for the status (404 → NoSuchKey), the
 *   reason in `cause` when a body was there but unreadable.
 * The request id comes from the body, else from `x-amz-request-id`.
 */
export function parseJssErrorResponse(response: ErrorResponse): JssError<string> {
  const text = bodyText(response.body);
  const fields = text === '' ? undefined : readBody(text);
  const headerRequestId = headerValue(response.headers, 'x-amz-request-id') ?? headerValue(response.headers, 'x-amzn-requestid');
  const hostId = fields?.hostId ?? headerValue(response.headers, 'x-amz-id-2');
  const base = {
    requestId: fields?.requestId || headerRequestId,
    hostId,
    httpStatus: response.status,
  };
  if (fields?.code !== undefined && fields.code.trim() !== '') {
    const options = { ...base, message: fields.message, resource: fields.resource };
    const code = resolveJssErrorCode(fields.code);
    if (code === undefined) return new UnknownJssError(fields.code, options);
    return createJssError(code, { ...options, variant: variantOf(code, fields.message) } as object) as JssError<string>;
  }
  const cause = text === '' ? undefined : new Error(`The error response body is neither an S3 XML nor a JSON error document: ${preview(text)}`);
  const fallback = defaultCodeForStatus(response.status);
  if (fallback === undefined) {
    return new UnknownJssError(UNKNOWN_CODE, { ...base, message: `HTTP ${response.status}`, cause });
  }
  return createJssError(fallback, { ...base, cause } as object) as JssError<string>;
}

function readBody(text: string): ErrorBodyFields | undefined {
  const first = text.trimStart()[0];
  if (first === '<') return parseS3ErrorXml(text);
  if (first === '{') return parseJsonErrorBody(text);
  return undefined;
}

/** The variant whose wire message was received, so BucketNotEmpty's three messages stay apart. */
function variantOf(code: JssErrorCodeName, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const variants: Readonly<Record<string, string>> = errorInfo[code].variants;
  for (const id in variants) if (variants[id] === message) return id;
  return undefined;
}

const decoder = new TextDecoder('utf-8');

function bodyText(body: ErrorResponse['body']): string {
  if (body === undefined || body === null) return '';
  const text = typeof body === 'string' ? body : decoder.decode(body);
  // A BOM would hide the first `<` from the scanner; S3 clients choke on it, we do not.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 80)}…` : flat);
}
