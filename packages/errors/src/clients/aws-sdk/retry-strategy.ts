import { bodilessCodeFor, errorInfo, type JssErrorInfo, resolveJssErrorCode } from '@jss/error-codes';
import { retryAfterHintMs } from '../../retry/retry-after.js';
import { retryDelayMs } from '../../retry/retry-decision.js';
import { type JssRetryOptions, type ResolvedRetryOptions, resolveRetryOptions } from '../../retry/retry-options.js';
import { receivedCodeOf, type SdkErrorLike } from './from-aws-sdk-error.js';
import type {
  SdkRetryConfiguration,
  SdkRetryErrorInfo,
  SdkRetryStrategyV2,
  SdkRetryToken,
  SdkRuntimeExtension,
} from './sdk-shapes.js';

/** A retry strategy for `retryStrategy:` that is also an extension for `extensions: [...]`. */
export interface JssRetryStrategy extends SdkRetryStrategyV2, SdkRuntimeExtension {}

/**
 * Catalog-driven retries for AWS SDK v3 clients.
 *
 * As an extension, `new S3Client({ maxAttempts: 5, extensions: [jssRetryStrategy()] })`, it wraps
 * the client's own strategy: the SDK's standard (or adaptive) one with the client's
 * `maxAttempts`, `retryMode`, token quota and backoff, or the `retryStrategy` given. The catalog
 * changes only the error's kind (throttling, transient, final) for codes it knows, and the wait
 * hint (`Retry-After` read per RFC 9110 and cut to `retryAfterCapMs`, else the code's
 * `retryAfter`), which the SDK still clamps. `throttlingRetryBudget` adds an opt-in limit.
 *
 * As `retryStrategy: jssRetryStrategy()` it cannot see the client's settings (no strategy
 * object can): it then counts `maxAttempts` (default 3) and backs off on its own.
 */
export function jssRetryStrategy(options: JssRetryOptions = {}): JssRetryStrategy {
  const resolved = resolveRetryOptions(options);
  const standalone = wrapRetryStrategy(catalogBackoff(resolved), resolved);
  return {
    acquireInitialRetryToken: (scope) => standalone.acquireInitialRetryToken(scope),
    refreshRetryTokenForRetry: (token, info) => standalone.refreshRetryTokenForRetry(token, info),
    recordSuccess: (token) => standalone.recordSuccess(token),
    configure(configuration: SdkRetryConfiguration) {
      const own = configuration.retryStrategy();
      let wrapped: Promise<unknown> | undefined;
      configuration.setRetryStrategy(() => {
        wrapped ??= Promise.resolve(typeof own === 'function' ? own() : own).then((inner) =>
          isRetryStrategyV2(inner) ? wrapRetryStrategy(inner, resolved) : inner,
        );
        return wrapped;
      });
    },
  };
}

/** What the catalog adds to the SDK's view of a failed attempt (the stand-alone backoff reads it). */
interface JssRetryErrorInfo extends SdkRetryErrorInfo {
  readonly jss?: { readonly headerHintMs?: number; readonly catalogDelayMs?: number };
}

/** `inner` with the catalog's kind and hint given to it, and the opt-in throttling budget. */
function wrapRetryStrategy(inner: SdkRetryStrategyV2, options: ResolvedRetryOptions): SdkRetryStrategyV2 {
  let budget = options.throttlingRetryBudget;
  return {
    acquireInitialRetryToken: (scope) => inner.acquireInitialRetryToken(scope),
    async refreshRetryTokenForRetry(token, info) {
      const adjusted = catalogRetryInfo(info, options);
      if (adjusted.errorType !== 'THROTTLING') return inner.refreshRetryTokenForRetry(token, adjusted);
      // Taken before the wait, so calls throttled together share it.
      if (budget < 1) throw info.error;
      budget -= 1;
      try {
        return await inner.refreshRetryTokenForRetry(token, adjusted);
      } catch (refused) {
        budget += 1;
        throw refused;
      }
    },
    recordSuccess(token) {
      budget = Math.min(options.throttlingRetryBudget, budget + 1);
      inner.recordSuccess(token);
    },
  };
}

/**
 * The SDK's view of a failed attempt, corrected by the catalog for a code it knows: retryable
 * codes are THROTTLING or TRANSIENT as the catalog says, the rest final; the wait hint is the
 * server's (cut to `retryAfterCapMs`), else the code's `retryAfter`. An error without a
 * response (a socket error), a code the catalog does not know and a code whose retry needs a
 * condition first (`retryWhen`: a corrected clock, which the SDK corrects and decides) stay the SDK's.
 */
function catalogRetryInfo(info: SdkRetryErrorInfo, options: ResolvedRetryOptions): JssRetryErrorInfo {
  const code = catalogCodeOf(info.error);
  if (code === undefined) return info;
  const spec: JssErrorInfo = errorInfo[code];
  if (spec.retryWhen !== undefined) return info;
  const errorType = spec.retryable
    ? spec.throttling
      ? 'THROTTLING'
      : 'TRANSIENT'
    : spec.fault === 'server'
      ? 'SERVER_ERROR'
      : 'CLIENT_ERROR';
  const headerHintMs = retryAfterHintMs((info.error as SdkErrorLike).$response?.headers);
  const catalogDelayMs = spec.retryAfter === undefined ? undefined : spec.retryAfter * 1000;
  const hintMs = headerHintMs === undefined ? catalogDelayMs : Math.min(headerHintMs, options.retryAfterCapMs);
  return {
    error: info.error,
    errorType,
    ...(hintMs === undefined ? {} : { retryAfterHint: new Date(Date.now() + hintMs * options.delayScale) }),
    jss: { headerHintMs, catalogDelayMs },
  };
}

/**
 * The catalog code of an error that came from a response, as the plugin would type it (the
 * code received, else the status's bodiless code); undefined without a response or for a code
 * the catalog does not know. Decided without building the error: this runs on every failure.
 */
function catalogCodeOf(error: unknown) {
  if (typeof error !== 'object' || error === null) return undefined;
  const sdk = error as SdkErrorLike;
  const status = sdk.$metadata?.httpStatusCode ?? sdk.$response?.statusCode;
  if (status === undefined) return undefined;
  const received = receivedCodeOf(sdk, status)?.trim();
  return received ? resolveJssErrorCode(received) : bodilessCodeFor(status);
}

interface CountingToken extends SdkRetryToken {
  readonly totalDelayMs: number;
}

const countingToken = (retryCount: number, delayMs: number, totalDelayMs: number): CountingToken => ({
  getRetryCount: () => retryCount,
  getRetryDelay: () => delayMs,
  totalDelayMs,
});

/** The stand-alone form's own counting and backoff, the same as `withJssRetries` uses. */
function catalogBackoff(options: ResolvedRetryOptions): SdkRetryStrategyV2 {
  return {
    async acquireInitialRetryToken() {
      return countingToken(0, 0, 0);
    },
    async refreshRetryTokenForRetry(previous, info: JssRetryErrorInfo) {
      const last = previous as CountingToken;
      const attempts = last.getRetryCount() + 1;
      const throttling = info.errorType === 'THROTTLING';
      if ((!throttling && info.errorType !== 'TRANSIENT') || attempts >= options.maxAttempts) throw info.error;
      const kind = { throttling, catalogDelayMs: info.jss?.catalogDelayMs };
      const delay = retryDelayMs(kind, attempts, info.jss?.headerHintMs, options);
      if (last.totalDelayMs + delay > options.maxTotalDelayMs) throw info.error;
      return countingToken(attempts, delay, last.totalDelayMs + delay);
    },
    recordSuccess() {},
  };
}

function isRetryStrategyV2(value: unknown): value is SdkRetryStrategyV2 {
  const strategy = value as Partial<SdkRetryStrategyV2> | undefined;
  return (
    typeof strategy?.acquireInitialRetryToken === 'function' &&
    typeof strategy.refreshRetryTokenForRetry === 'function' &&
    typeof strategy.recordSuccess === 'function'
  );
}
