import { retryAfterHintMs } from '../../retry/retry-after.js';
import { retryDelayMs, retryKindOf } from '../../retry/retry-decision.js';
import { type JssRetryOptions, resolveRetryOptions } from '../../retry/retry-options.js';
import { fromAwsSdkError } from './from-aws-sdk-error.js';
import type { SdkHttpResponse, SdkRetryErrorInfo, SdkRetryStrategyV2, SdkRetryToken } from './sdk-shapes.js';

interface JssRetryToken extends SdkRetryToken {
  readonly totalDelayMs: number;
}

const token = (retryCount: number, delayMs: number, totalDelayMs: number): JssRetryToken => ({
  getRetryCount: () => retryCount,
  getRetryDelay: () => delayMs,
  totalDelayMs,
});

/**
 * A retry strategy for AWS SDK v3 clients driven by the JSS catalog, not the SDK's lists:
 * `new S3Client({ retryStrategy: jssRetryStrategy() })`. Retries what the catalog calls
 * retryable (ConnectionLost included), throttling codes with a longer backoff, honours
 * `x-amz-retry-after` / `Retry-After` up to `retryAfterCapMs`, and never retries the rest.
 * Socket errors are retried as transient. The SDK reports attempts and total delay in
 * `$metadata` (and the `jssErrors()` plugin as `error.retry`).
 */
export function jssRetryStrategy(options: JssRetryOptions = {}): SdkRetryStrategyV2 {
  const resolved = resolveRetryOptions(options);
  return {
    async acquireInitialRetryToken() {
      return token(0, 0, 0);
    },
    async refreshRetryTokenForRetry(previous, info: SdkRetryErrorInfo) {
      const last = previous as JssRetryToken;
      const attempts = last.getRetryCount() + 1;
      const error = info.error;
      const kind = retryKindOf(fromAwsSdkError(error) ?? error);
      if (kind === undefined || attempts >= resolved.maxAttempts) throw error;
      const response = (error as { $response?: SdkHttpResponse } | undefined)?.$response;
      const delay = retryDelayMs(kind, attempts, retryAfterHintMs(response?.headers), resolved);
      if (last.totalDelayMs + delay > resolved.maxTotalDelayMs) throw error;
      return token(attempts, delay, last.totalDelayMs + delay);
    },
    recordSuccess() {},
  };
}
