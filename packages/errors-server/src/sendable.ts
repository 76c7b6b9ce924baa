import { InternalError, isJssError } from '@jss/errors';
import { type WireParam, wireParamsOf } from './wire-params.js';

/** What a response is made of, read once from the error: nothing is read from it afterwards. */
export interface SendableError {
  readonly code: string;
  readonly message: string;
  readonly httpStatus: number;
  readonly resource: string | undefined;
  readonly requestId: unknown;
  readonly hostId: unknown;
  readonly retryAfter: unknown;
  /** The code's page in the error reference: problem+json's `type`. */
  readonly docUrl: string | undefined;
  /** Placeholder values the catalog puts in the body and headers (`errorInfo[code].wire`). */
  readonly wire: readonly WireParam[];
}

/**
 * The fields of a JssError (from any copy of @jss/errors) whose status an error response can
 * carry, or undefined. A value whose reads throw (a Proxy with a throwing trap, a revoked Proxy,
 * a getter that throws) is no JssError: it becomes InternalError instead of crashing the server.
 */
export function readSendable(error: unknown): SendableError | undefined {
  try {
    if (!isJssError(error)) return undefined;
    const httpStatus = error.httpStatus;
    if (!Number.isInteger(httpStatus) || httpStatus < 300 || httpStatus > 599) return undefined;
    const { code, message, resource } = error;
    return {
      code: typeof code === 'string' ? code : String(code),
      message: typeof message === 'string' ? message : String(message),
      httpStatus,
      resource:
        resource === undefined || resource === null || typeof resource === 'string'
          ? (resource ?? undefined)
          : String(resource),
      requestId: error.requestId,
      hostId: error.hostId,
      retryAfter: error.retryAfter,
      docUrl: docUrlOf(error),
      wire: wireParamsOf(error),
    };
  } catch {
    return undefined;
  }
}

/** InternalError's fields, for anything that is not sendable. */
export function internalError(requestId: string): SendableError {
  const error = new InternalError({ requestId });
  return {
    code: error.code,
    message: error.message,
    httpStatus: error.httpStatus,
    resource: undefined,
    requestId,
    hostId: undefined,
    retryAfter: error.retryAfter,
    docUrl: error.docUrl,
    wire: [],
  };
}

/** `docUrl` when it is a string: an older copy of @jss/errors has none. */
function docUrlOf(error: object): string | undefined {
  const docUrl = (error as { docUrl?: unknown }).docUrl;
  return typeof docUrl === 'string' && docUrl !== '' ? docUrl : undefined;
}
