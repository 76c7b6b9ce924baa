import { retryDelayMs, retryKindOf } from './retry-decision.js';
import { attachRetryReport, type JssRetryOptions, resolveRetryOptions } from './retry-options.js';

/** Options of {@link withJssRetries}. */
export interface WithJssRetriesOptions extends JssRetryOptions {
  /** The server's wait hint for an error, in ms; the fetch adapter reads it from the response. */
  readonly retryAfterHintMs?: (error: unknown) => number | undefined;
  /** Called before each wait, e.g. to log; `retry` counts from 1. */
  readonly onRetry?: (error: unknown, retry: number, delayMs: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * Runs `attempt` until it succeeds, retrying only what the catalog calls retryable (typed JSS
 * errors, so wrap the client first: `withJssErrors(minio)`, `jssFetch()`). The error finally
 * thrown carries `error.retry = { attempts, totalDelayMs }`.
 */
export async function withJssRetries<T>(attempt: () => Promise<T>, options: WithJssRetriesOptions = {}): Promise<T> {
  const resolved = resolveRetryOptions(options);
  let totalDelayMs = 0;
  for (let attempts = 1; ; attempts++) {
    try {
      return await attempt();
    } catch (error) {
      const kind = retryKindOf(error);
      const delay =
        kind === undefined
          ? 0
          : retryDelayMs(kind, attempts, options.retryAfterHintMs?.(error) ?? hintOf(error), resolved);
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
