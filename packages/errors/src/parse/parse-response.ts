import { defaultCodeForStatus, errorInfo, resolveJssErrorCode, type JssErrorCodeName } from '@jss/error-codes';
import { createJssError } from '../create.js';
import type { JssError } from '../jss-error.js';
import { UnknownJssError } from '../unknown-jss-error.js';
import type { ErrorBodyFields } from './fields.js';
import { headerValue, type HeadersLike } from './headers.js';
import { errorFieldsOf, parseJsonErrorBody } from './json.js';
import { parseS3ErrorXml } from './xml.js';

/** An HTTP error response, as any client library exposes it. */
export interface ErrorResponse {
  readonly status: number;
  readonly headers?: HeadersLike;
  /**
   * The body as text or bytes (decoded as UTF-8), or as the value a client already parsed from
   * JSON (axios' `response.data`); absent for HEAD. Anything else is treated as unreadable.
   */
  readonly body?: string | Uint8Array | ArrayBuffer | object | null;
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
  const body = readBody(response.body);
  const fields = body.fields;
  const requestIdHeader =
    headerValue(response.headers, 'x-amz-request-id') ?? headerValue(response.headers, 'x-amzn-requestid');
  const base = {
    requestId: nonEmpty(fields?.requestId) ?? requestIdHeader,
    hostId: nonEmpty(fields?.hostId) ?? headerValue(response.headers, 'x-amz-id-2'),
    httpStatus: response.status,
  };
  if (hasCode(fields)) {
    const options = { ...base, message: fields.message, resource: fields.resource };
    const code = resolveJssErrorCode(fields.code);
    if (code === undefined) return new UnknownJssError(fields.code, options);
    return createJssError(code, { ...options, variant: variantOf(code, fields.message) } as object) as JssError<string>;
  }
  const cause =
    body.unreadable === undefined
      ? undefined
      : new Error(`The error response body is neither an S3 XML nor a JSON error document: ${body.unreadable}`);
  const fallback = defaultCodeForStatus(response.status);
  if (fallback === undefined) {
    return new UnknownJssError(UNKNOWN_CODE, { ...base, message: `HTTP ${response.status}`, cause });
  }
  return createJssError(fallback, { ...base, cause } as object) as JssError<string>;
}

const nonEmpty = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/** The fields of the body, or why a body that was there could not be read. */
interface ReadBody {
  readonly fields?: ErrorBodyFields;
  /** A short preview of a body that is present but not an error document. */
  readonly unreadable?: string;
}

function readBody(body: ErrorResponse['body']): ReadBody {
  if (body === undefined || body === null) return {};
  let text: string;
  if (typeof body === 'string') text = body;
  else if (ArrayBuffer.isView(body) || body instanceof ArrayBuffer) text = decoder.decode(body as Uint8Array);
  else {
    // A client that parsed the JSON already (axios) hands over the value itself.
    const fields = errorFieldsOf(body);
    return hasCode(fields) ? { fields } : { unreadable: preview(safeJson(body)) };
  }
  // A BOM would hide the first `<` from the scanner; S3 clients choke on it, we do not.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text === '') return {};
  const first = text.trimStart()[0];
  const fields = first === '<' ? parseS3ErrorXml(text) : first === '{' ? parseJsonErrorBody(text) : undefined;
  return hasCode(fields) ? { fields } : { unreadable: preview(text) };
}

function hasCode(fields: ErrorBodyFields | undefined): fields is ErrorBodyFields & { code: string } {
  return fields?.code !== undefined && fields.code.trim() !== '';
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

const decoder = new TextDecoder('utf-8');

/** The variant whose wire message was received, so BucketNotEmpty's three messages stay apart. */
function variantOf(code: JssErrorCodeName, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const variants: Readonly<Record<string, string>> = errorInfo[code].variants;
  for (const id in variants) if (variants[id] === message) return id;
  return undefined;
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 80)}…` : flat);
}
