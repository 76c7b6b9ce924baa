import type { JssError } from '../../jss-error.js';
import type { IncomingErrorBody } from '../../parse/body-kinds.js';
import { readErrorResponse } from '../../parse/parse-response.js';
import { retryAfterHintMs } from '../../retry/retry-after.js';
import { buildJssError, type ClientErrorFacts } from '../build-error.js';
import { paramsOfResource, type RequestFacts } from '../request-facts.js';
import { readPrefix } from './read-prefix.js';

/** The part of a Fetch `Response` this reads. */
export interface FetchResponseLike {
  readonly status: number;
  readonly url?: string;
  readonly headers: Headers;
  /** Read as a stream when there: only its first bytes. */
  readonly body?: ReadableStream<Uint8Array> | null;
  /** Used only for an object without `body` (its own reader, unbounded). */
  text(): Promise<string>;
}

/** Options of {@link fromFetchResponse}: the request's facts, and how long the body may take. */
export interface FetchErrorFacts extends RequestFacts {
  /** Stop reading the error body after this long and use what came (default 10 000 ms). */
  readonly bodyTimeoutMs?: number;
}

/**
 * The typed JSS error of a failed Fetch response. Reads at most the first 192 KiB of the body
 * (the part `parseJssErrorResponse` reads), for at most `bodyTimeoutMs`, then cancels the rest:
 * pass `res.clone()` to keep the body. The body is read exactly as `parseJssErrorResponse` reads
 * it. Placeholders come from `facts.params`, else the body's `<Resource>`, else the path-style
 * URL (`/bucket/key`); `facts.operation` (`HeadBucket`) decides a bodiless 404. The server's
 * `Retry-After` / `x-amz-retry-after` is kept as `error.retryAfterHintMs`.
 */
export async function fromFetchResponse(
  response: FetchResponseLike,
  facts: FetchErrorFacts = {},
): Promise<JssError<string>> {
  return errorOfFacts(await errorFactsOf(response, facts.bodyTimeoutMs), response, facts);
}

/** The typed error of a response already read: request facts and the URL fill the placeholders. */
export function errorOfFacts(
  read: ClientErrorFacts,
  response: Pick<FetchResponseLike, 'url' | 'headers'>,
  facts: RequestFacts,
): JssError<string> {
  const error = buildJssError({
    ...read,
    operation: facts.operation,
    params: { ...paramsOfUrl(response.url), ...facts.params },
  });
  const hint = retryAfterHintMs(response.headers);
  if (hint !== undefined) Object.defineProperty(error, 'retryAfterHintMs', { value: hint, configurable: true });
  return error;
}

/** The response's facts, its body read (a bounded prefix) as the parser reads it. */
export async function errorFactsOf(response: FetchResponseLike, timeoutMs?: number): Promise<ClientErrorFacts> {
  let body: IncomingErrorBody = null;
  let failure: unknown;
  if (response.body !== undefined) {
    if (response.body !== null) ({ bytes: body, failure } = await readPrefix(response.body, timeoutMs));
  } else {
    try {
      body = await response.text();
    } catch (error) {
      failure = error;
    }
  }
  const read = readErrorResponse({ status: response.status, headers: response.headers, body });
  // A body that could not be read to the end and gave no code: say why.
  return read.code === undefined && failure !== undefined ? { ...read, cause: read.cause ?? failure } : read;
}

function paramsOfUrl(url: string | undefined): Record<string, string> {
  if (url === undefined || url === '') return {};
  try {
    return paramsOfResource(new URL(url).pathname);
  } catch {
    return {};
  }
}
