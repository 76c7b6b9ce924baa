import { errorInfo, type JssErrorInfo, resolveJssErrorCode } from '@jss/error-codes';
import { httpDate } from '../../retry/retry-after.js';
import { noteRequestMethod } from '../../retry/request-method.js';
import type { ClientErrorFacts } from '../build-error.js';
import type { RequestFacts } from '../request-facts.js';
import { errorFactsOf, errorOfFacts } from './from-fetch-response.js';

/** Operations that may answer 200 with an error body (S3 sends the status before the work ends). */
const ERROR_IN_200 = new Set(['CompleteMultipartUpload', 'CopyObject', 'UploadPartCopy']);

/** Per-call facts for {@link jssFetch}, passed beside the usual `RequestInit`. */
export interface JssFetchInit extends RequestInit {
  /** The S3 operation (`HeadBucket`, `CopyObject`, …): bodiless 404s and errors inside a 200. */
  readonly operation?: string;
  /** Placeholder values the URL does not show. */
  readonly params?: Readonly<Record<string, unknown>>;
}

/** The clock a signature should use: the local time corrected by the server's offset. */
export interface JssSigningClock {
  /** Server time minus local time, in ms, as last measured (0 until a skew was seen). */
  readonly offsetMs: number;
  /** `Date.now() + offsetMs`: the time to sign with (`x-amz-date`). */
  readonly now: Date;
}

/** Options of {@link jssFetch}. */
export interface JssFetchOptions {
  /**
   * Signs each request (SigV4, with your credentials) with the given clock. With it, an answer
   * whose code needs a corrected clock (`errorInfo[code].retryWhen`: RequestTimeTooSkewed)
   * corrects the clock from the response (`<ServerTime>`, else the `Date` header) and the request
   * is signed again and sent once more, as the AWS SDK does.
   */
  readonly sign?: (request: Request, clock: JssSigningClock) => Request | Promise<Request>;
  /** Stop reading an error body after this long (default 10 000 ms); see `fromFetchResponse`. */
  readonly bodyTimeoutMs?: number;
}

type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A `fetch` that rejects with the typed JSS error for any non-2xx response, and for a 200 whose
 * body is an S3 error when `operation` is CopyObject, UploadPartCopy or CompleteMultipartUpload
 * (read from a clone, so a good response stays readable, its `httpStatus` the 200 received).
 * A 2xx response is returned as `fetch` returned it; a socket error rejects as `fetch` rejected
 * (the same error, noting only the method, for `withJssRetries`).
 */
export function jssFetch(fetchImpl: FetchFunction = globalThis.fetch, options: JssFetchOptions = {}) {
  let offsetMs = 0;
  const clock = (): JssSigningClock => ({ offsetMs, now: new Date(Date.now() + offsetMs) });
  return async (input: string | URL | Request, init: JssFetchInit = {}): Promise<Response> => {
    const { operation, params, ...rest } = init;
    const facts: RequestFacts = { ...(operation === undefined ? {} : { operation }), ...(params ? { params } : {}) };
    const method = (rest.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const { sign } = options;
    // Built once and cloned per send, so a body (even a stream) can be sent again after a re-sign.
    const base = sign === undefined ? undefined : new Request(input, rest);
    const send = async (): Promise<Response> => {
      try {
        if (sign === undefined || base === undefined) return await fetchImpl(input, rest);
        return await fetchImpl(await sign(base.clone(), clock()));
      } catch (error) {
        noteRequestMethod(error, method);
        throw error;
      }
    };
    let response = await send();
    let failure = await failureOf(response, operation, options.bodyTimeoutMs);
    if (failure !== undefined && sign !== undefined && isSkew(failure)) {
      const serverMs = serverTimeOf(failure, response);
      if (serverMs !== undefined) {
        offsetMs = serverMs - Date.now();
        response = await send();
        failure = await failureOf(response, operation, options.bodyTimeoutMs);
      }
    }
    if (failure !== undefined) throw errorOfFacts(failure, response, facts);
    return response;
  };
}

/** The facts of an error response, or undefined for a good one (its body left unread). */
async function failureOf(
  response: Response,
  operation: string | undefined,
  timeoutMs: number | undefined,
): Promise<ClientErrorFacts | undefined> {
  if (response.status < 200 || response.status > 299) return errorFactsOf(response, timeoutMs);
  if (operation === undefined || !ERROR_IN_200.has(operation)) return undefined;
  const facts = await errorFactsOf(response.clone(), timeoutMs);
  return facts.code === undefined ? undefined : facts;
}

/** An answer whose retry needs the clock corrected first: the catalog's `retryWhen` of its code. */
function isSkew(facts: ClientErrorFacts): boolean {
  const code = resolveJssErrorCode(facts.code ?? '');
  const info: JssErrorInfo | undefined = code === undefined ? undefined : errorInfo[code];
  return info?.retryWhen === 'clockCorrected';
}

/** The server's clock: `<ServerTime>` (ISO 8601), else the `Date` header (an HTTP date). */
function serverTimeOf(facts: ClientErrorFacts, response: Response): number | undefined {
  const fromBody = facts.serverTime === undefined ? Number.NaN : Date.parse(facts.serverTime);
  if (!Number.isNaN(fromBody) && /^\d{4}-\d{2}-\d{2}T/.test(facts.serverTime ?? '')) return fromBody;
  const date = response.headers.get('date');
  return date === null ? undefined : httpDate(date);
}
