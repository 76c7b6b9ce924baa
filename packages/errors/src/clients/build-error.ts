import {
  bodilessCodeFor,
  errorInfo,
  type JssErrorCodeName,
  type JssErrorInfo,
  type JssParamType,
  type JssParamWire,
  resolveJssErrorCode,
} from '@jss/error-codes';
import { createCatalogError } from '../create.js';
import type { JssError } from '../jss-error.js';
import { UnknownJssError } from '../unknown-jss-error.js';
import { paramsOfResource, type RequestFacts } from './request-facts.js';

/** The code given to a bodiless response whose status no JSS code uses. */
export const UNKNOWN_CODE = 'Unknown';

/** Everything a client surfaced about one error response, each part optional. */
export interface ClientErrorFacts extends RequestFacts {
  /** The code as received; absent (or empty) when the response had no body. */
  readonly code?: string;
  readonly message?: string;
  /**
   * `message` is the body's text as sent, `''` included (the parser's reading). Clients that
   * cannot tell an empty `<Message>` from none (minio, the AWS SDK) leave it unset: `''` is none.
   */
  readonly messageAsSent?: boolean;
  readonly resource?: string;
  readonly requestId?: string;
  readonly hostId?: string;
  /** Where a redirect points: `<Endpoint>`, else `Location`. */
  readonly endpoint?: string;
  /** `<ServerTime>` of RequestTimeTooSkewed, as sent. */
  readonly serverTime?: string;
  /** The rest of what the response said: where the code's placeholders with a wire location are read. */
  readonly wire?: WireReader;
  /** The HTTP status, when the client kept it (minio does not). */
  readonly status?: number;
  readonly cause?: unknown;
}

/**
 * How a client holds the parts of a response the catalog may name as a placeholder's wire location
 * (`errorInfo[code].wire`): the body's other elements and the headers. A number is a client's own
 * reading of the text (minio's parser makes `0012` the number 12): kept for an integer
 * placeholder, dropped for a string one, whose spelling it lost.
 */
export interface WireReader {
  /** The text of the error body's child element (JSON: member) of that name, as sent. */
  element(name: string): string | number | undefined;
  /** The value of the response header of that name (any case). */
  header(name: string): string | undefined;
}

/** A client's own member holding an element's text (the SDK's, minio's), prototype names excluded. */
export function memberText(source: object, key: string): string | number | undefined {
  const value = Object.hasOwn(source, key) ? (source as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

/**
 * Builds the typed JSS error for what a client saw: the class of the code (matched through
 * aliases and case), else the operation's bodiless code for the status, else `UnknownJssError`.
 * Placeholders come from the response where the catalog gives them a wire location (the
 * server's statement of what it saw: `<Key>`, `<ActualObjectSize>`, `Content-Range`), else from
 * the request (`Bucket`, `Key`), else from the body's `<Resource>`.
 */
export function buildJssError(facts: ClientErrorFacts): JssError<string> {
  // One options object filled in place: this runs for every failed request, keep it cheap.
  const options: Record<string, unknown> = {
    requestId: nonEmpty(facts.requestId),
    hostId: nonEmpty(facts.hostId),
    endpoint: nonEmpty(facts.endpoint),
    resource: nonEmpty(facts.resource),
    cause: facts.cause,
  };
  if (facts.status !== undefined) options.httpStatus = facts.status;
  const received = typeof facts.code === 'string' ? nonEmpty(facts.code.trim()) : undefined;
  if (received !== undefined) {
    const code = resolveJssErrorCode(received);
    const message = facts.messageAsSent ? facts.message : nonEmpty(facts.message);
    options.message = message;
    if (code === undefined) return new UnknownJssError(received, options);
    options.variant = variantOf(code, message);
    addPlaceholders(options, code, facts);
    return createCatalogError(code, options);
  }
  const fallback = facts.status === undefined ? undefined : bodilessCodeFor(facts.status, facts.operation);
  if (fallback === undefined) {
    options.message = facts.status === undefined ? 'No error code received' : `HTTP ${facts.status}`;
    return new UnknownJssError(UNKNOWN_CODE, options);
  }
  // A body with a message and no code: the status decides the code, the message is the body's.
  if (facts.messageAsSent && facts.message !== undefined) options.message = facts.message;
  addPlaceholders(options, fallback, facts);
  return createCatalogError(fallback, options);
}

const nonEmpty = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/** Adds the code's placeholder values: from the response, then the request, then the resource path. */
function addPlaceholders(options: Record<string, unknown>, code: JssErrorCodeName, facts: ClientErrorFacts): void {
  let fromResource: Record<string, string> | undefined;
  const info: JssErrorInfo = errorInfo[code];
  const params = info.params;
  for (const name in params) {
    let value: unknown = facts.wire === undefined ? undefined : wireValue(facts.wire, info.wire[name], params[name]!);
    value ??= facts.params?.[name];
    if (value === undefined) {
      fromResource ??= paramsOfResource(facts.resource);
      value = fromResource[name];
    }
    if (value !== undefined && value !== '') options[name] = value;
  }
}

/**
 * A placeholder's value as the response carries it: its element, else its header, as the
 * placeholder's type. An integer is a number only when the text is a safe integer (`-?digits`);
 * anything else leaves it absent, as the typed field is a number. A reader that throws gives none.
 */
function wireValue(wire: WireReader, at: JssParamWire | undefined, type: JssParamType): string | number | undefined {
  if (at === undefined) return undefined;
  let raw: string | number | undefined;
  try {
    raw =
      (at.element === undefined ? undefined : wire.element(at.element)) ??
      (at.header === undefined ? undefined : wire.header(at.header));
  } catch {
    return undefined;
  }
  if (type === 'integer') {
    const number = typeof raw === 'string' && INTEGER.test(raw) ? Number(raw.trim()) : raw;
    return typeof number === 'number' && Number.isSafeInteger(number) ? number : undefined;
  }
  return typeof raw === 'string' && raw !== '' ? raw : undefined;
}

const INTEGER = /^\s*-?\d{1,16}\s*$/;

/** The variant whose wire message was received, so BucketNotEmpty's messages stay apart. */
function variantOf(code: JssErrorCodeName, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const variants: Readonly<Record<string, string>> = errorInfo[code].variants;
  for (const id in variants) if (Object.hasOwn(variants, id) && variants[id] === message) return id;
  return undefined;
}
