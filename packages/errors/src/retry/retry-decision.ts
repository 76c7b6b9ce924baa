import { bodilessCodeFor, errorInfo, jssErrorCodes, type JssErrorCodeName, type JssErrorInfo } from '@jss/error-codes';
import { jssCodeOf } from '../brand.js';
import { isJssError } from '../guards.js';
import type { HeadersLike } from '../parse/headers.js';
import { retryAfterHintMs } from './retry-after.js';
import type { ResolvedRetryOptions } from './retry-options.js';

/** Statuses a proxy may answer with, bodiless, that are worth one more try even without a code. */
const TRANSIENT_STATUSES = new Set([502, 503, 504]);

/** Socket errors worth a retry: the request may never have reached the service. */
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

/** Why an error may be retried; undefined when it must not be. */
export interface RetryKind {
  readonly throttling: boolean;
  /** The catalog's `retryAfter`, in ms, when it gives one. */
  readonly catalogDelayMs?: number;
}

/**
 * Whether to retry, from the catalog: a JSS error is retried when its code is `retryable` and
 * needs nothing first (no `retryWhen`: a backoff cannot correct a clock); a code-less
 * 502/503/504 and a socket error count as transient; everything else is final.
 */
export function retryKindOf(error: unknown): RetryKind | undefined {
  if (isJssError(error)) {
    if (error.retryable) {
      const info: JssErrorInfo | undefined = errorInfo[jssCodeOf(error) as JssErrorCodeName];
      if (info?.retryWhen !== undefined) return undefined;
      const seconds = error.retryAfter;
      return { throttling: error.throttling, ...(seconds === undefined ? {} : { catalogDelayMs: seconds * 1000 }) };
    }
    // The JSS code, not `e.code`: on a client's own error carrying the JSS view that is the client's.
    return jssCodeOf(error) === 'Unknown' && TRANSIENT_STATUSES.has(error.httpStatus)
      ? { throttling: false }
      : undefined;
  }
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && NETWORK_CODES.has(code) ? { throttling: false } : undefined;
}

/**
 * The wait before retry number `retry` (1 for the first): the server's hint when it sent one
 * (cut to `retryAfterCapMs`), else exponential backoff from the transient or throttling base,
 * never shorter than the catalog's `retryAfter`; then capped, jittered and scaled.
 */
export function retryDelayMs(
  kind: RetryKind,
  retry: number,
  hintMs: number | undefined,
  options: ResolvedRetryOptions,
  random: () => number = Math.random,
): number {
  let delay: number;
  if (hintMs !== undefined) delay = Math.min(hintMs, options.retryAfterCapMs);
  else {
    const base = kind.throttling ? options.throttlingBaseDelayMs : options.baseDelayMs;
    delay = Math.max(kind.catalogDelayMs ?? 0, base * 2 ** (retry - 1));
    if (options.jitter) delay *= 0.5 + random() / 2;
  }
  return Math.min(delay, options.maxDelayMs) * options.delayScale;
}

/**
 * The code of a bodiless answer that asks to be retried later (`Retry-After` or
 * `x-amz-retry-after`), where the status alone says less: a HEAD's SlowDown comes as a bare 400,
 * whose default (BadRequest) is final. When the status's default for the operation is already
 * retryable (503: ServiceUnavailable) it stands; otherwise the catalog's one retryable code sent
 * with that status, if exactly one is, throttling first (400: SlowDown). Undefined when the
 * answer has no readable hint or the catalog cannot tell.
 */
export function bodilessRetryCodeFor(
  status: number,
  operation: string | undefined,
  headers: HeadersLike | undefined,
): JssErrorCodeName | undefined {
  if (headers === undefined || retryAfterHintMs(headers) === undefined) return undefined;
  const fallback = bodilessCodeFor(status, operation);
  if (fallback !== undefined && errorInfo[fallback].retryable) return fallback;
  retryCodes ??= retryCodesByStatus();
  return retryCodes.get(status);
}

let retryCodes: ReadonlyMap<number, JssErrorCodeName> | undefined;

/** Per status, the retryable code a hinted bodiless answer means: the only throttling one, else the only one. */
function retryCodesByStatus(): ReadonlyMap<number, JssErrorCodeName> {
  const byStatus = new Map<number, JssErrorCodeName[]>();
  for (const code of jssErrorCodes) {
    if (!errorInfo[code].retryable) continue;
    for (const status of errorInfo[code].statuses) byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const chosen = new Map<number, JssErrorCodeName>();
  for (const [status, codes] of byStatus) {
    const throttling = codes.filter((code) => errorInfo[code].throttling);
    const pick = throttling.length === 1 ? throttling : codes;
    if (pick.length === 1) chosen.set(status, pick[0] as JssErrorCodeName);
  }
  return chosen;
}
