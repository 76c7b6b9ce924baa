import { bodilessCodeFor, errorInfo, type JssErrorCodeName, resolveJssErrorCode } from '@jss/error-codes';
import { createJssError } from '../create.js';
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
  /** The HTTP status, when the client kept it (minio does not). */
  readonly status?: number;
  readonly cause?: unknown;
}

/**
 * Builds the typed JSS error for what a client saw: the class of the code (matched through
 * aliases and case), else the operation's bodiless code for the status, else `UnknownJssError`.
 * Placeholders come from the request (`Bucket`, `Key`), else from the body's `<Resource>`.
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
    return createJssError(code, options as object) as JssError<string>;
  }
  const fallback = facts.status === undefined ? undefined : bodilessCodeFor(facts.status, facts.operation);
  if (fallback === undefined) {
    options.message = facts.status === undefined ? 'No error code received' : `HTTP ${facts.status}`;
    return new UnknownJssError(UNKNOWN_CODE, options);
  }
  // A body with a message and no code: the status decides the code, the message is the body's.
  if (facts.messageAsSent && facts.message !== undefined) options.message = facts.message;
  addPlaceholders(options, fallback, facts);
  return createJssError(fallback, options as object) as JssError<string>;
}

const nonEmpty = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/** Adds the code's placeholder values: from the request first, then from the resource path. */
function addPlaceholders(options: Record<string, unknown>, code: JssErrorCodeName, facts: ClientErrorFacts): void {
  let fromResource: Record<string, string> | undefined;
  for (const name in errorInfo[code].params) {
    let value = facts.params?.[name];
    if (value === undefined) {
      fromResource ??= paramsOfResource(facts.resource);
      value = fromResource[name];
    }
    if (value !== undefined && value !== '') options[name] = value;
  }
}

/** The variant whose wire message was received, so BucketNotEmpty's messages stay apart. */
function variantOf(code: JssErrorCodeName, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const variants: Readonly<Record<string, string>> = errorInfo[code].variants;
  for (const id in variants) if (Object.hasOwn(variants, id) && variants[id] === message) return id;
  return undefined;
}
