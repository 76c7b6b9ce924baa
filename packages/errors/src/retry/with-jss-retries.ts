import { isJssError } from '../guards.js';
import { isIdempotentRequest } from './request-method.js';
import { type RetryKind, retryDelayMs, retryKindOf } from './retry-decision.js';
import { attachRetryReport, type JssRetryOptions, resolveRetryOptions } from './retry-options.js';

/** Options of {@link withJssRetries}. */
export interface WithJssRetriesOptions extends JssRetryOptions {
  /** The server's wait hint for an error, in ms; the fetch adapter reads it from the response. */
  readonly retryAfterHintMs?: (error: unknown) => number | undefined;
  /** Called before each wait, e.g. to log; `retry` counts from 1. */
  readonly onRetry?: (error: unknown, retry: number, delayMs: number) => void;
  readonly signal?: AbortSignal;
}

/** setTimeout fires at once past this (~24.8 days, a TimeoutOverflowWarning): longer waits are cut to it. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs `attempt` until it succeeds, retrying only what the catalog calls retryable (typed JSS
 * errors, so wrap the client first: `withJssErrors(minio)`, `jssFetch()`) and socket errors of
 * idempotent requests. A code whose retry needs a condition first (`retryWhen`: a corrected
 * clock, RequestTimeTooSkewed) is never retried here: the same signature would fail again
 * (`jssFetch` with a `sign` hook re-signs once itself). The error finally thrown
 * carries `error.retry = { attempts, totalDelayMs }`.
 */
export async function withJssRetries<T>(attempt: () => Promise<T>, options: WithJssRetriesOptions = {}): Promise<T> {
  const resolved = resolveRetryOptions(options);
  let totalDelayMs = 0;
  for (let attempts = 1; ; attempts++) {
    try {
      return await attempt();
    } catch (error) {
      const kind = retryKind(error);
      const delay =
        kind === undefined
          ? 0
          : Math.min(
              retryDelayMs(kind, attempts, options.retryAfterHintMs?.(error) ?? hintOf(error), resolved),
              MAX_TIMER_MS,
            );
      if (kind === undefined || attempts >= resolved.maxAttempts || totalDelayMs + delay > resolved.maxTotalDelayMs) {
        attachRetryReport(error, { attempts, totalDelayMs });
        throw error;
      }
      options.onRetry?.(error, attempts, delay);
      await sleep(delay, options.signal);
      totalDelayMs += delay;
    }
  }
}

/**
 * The catalog's decision, plus socket errors the way fetch reports them: undici rejects with
 * `TypeError('fetch failed')` and the socket's code on `cause` (a few levels down at most).
 * A socket error is retried only when the request is known to be idempotent or, from a client
 * that does not say (minio), as before; a noted POST never is.
 */
function retryKind(error: unknown): RetryKind | undefined {
  if (isJssError(error)) return retryKindOf(error);
  const idempotent = isIdempotentRequest(error);
  if (idempotent === false) return undefined;
  const own = retryKindOf(error);
  if (own !== undefined) return own;
  if (idempotent !== true) return undefined;
  let cause = (error as { cause?: unknown } | null)?.cause;
  for (let depth = 0; depth < 4 && typeof cause === 'object' && cause !== null; depth++) {
    if (!isJssError(cause)) {
      const kind = retryKindOf(cause);
      if (kind !== undefined) return kind;
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Adapters put the server's hint on the error they build (`retryAfterHintMs`, ms). */
function hintOf(error: unknown): number | undefined {
  const hint = (error as { retryAfterHintMs?: unknown } | null)?.retryAfterHintMs;
  return typeof hint === 'number' ? hint : undefined;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}
