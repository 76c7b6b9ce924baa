/** How catalog-driven retries behave. Every field is optional. */
export interface JssRetryOptions {
  /** Attempts in all, the first included (default 3). 1 turns retries off. */
  readonly maxAttempts?: number;
  /** First backoff of a transient error, doubled per retry (default 100 ms). */
  readonly baseDelayMs?: number;
  /** First backoff of a throttling error, doubled per retry (default 1000 ms). */
  readonly throttlingBaseDelayMs?: number;
  /** Longest single wait, backoff or server hint (default 20 000 ms). */
  readonly maxDelayMs?: number;
  /** Longest `Retry-After` / `x-amz-retry-after` honoured; longer hints are cut to it (default 20 000 ms). */
  readonly retryAfterCapMs?: number;
  /** Stop retrying once the waits would add up to more than this (default: no limit). */
  readonly maxTotalDelayMs?: number;
  /** Multiply every wait by a random factor in [0.5, 1) to spread clients out (default true). */
  readonly jitter?: boolean;
  /** Multiplies every wait; tests use e.g. 0.01 to keep the catalog's delays in proportion. */
  readonly delayScale?: number;
  /**
   * Opt-in: throttling retries the calls of one client may have outstanding together; each
   * success gives one back. Off (no limit) by default. See the README for when to set it.
   */
  readonly throttlingRetryBudget?: number;
}

/** What retrying cost, attached to the error that was finally thrown as `error.retry`. */
export interface JssRetryReport {
  /** Requests sent, the first included. */
  readonly attempts: number;
  /** Time spent waiting between them, in ms. */
  readonly totalDelayMs: number;
}

export interface ResolvedRetryOptions {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly throttlingBaseDelayMs: number;
  readonly maxDelayMs: number;
  readonly retryAfterCapMs: number;
  readonly maxTotalDelayMs: number;
  readonly jitter: boolean;
  readonly delayScale: number;
  readonly throttlingRetryBudget: number;
}

/** Fills defaults and refuses values that would make retries meaningless. */
export function resolveRetryOptions(options: JssRetryOptions = {}): ResolvedRetryOptions {
  const resolved = {
    maxAttempts: options.maxAttempts ?? 3,
    baseDelayMs: options.baseDelayMs ?? 100,
    throttlingBaseDelayMs: options.throttlingBaseDelayMs ?? 1000,
    maxDelayMs: options.maxDelayMs ?? 20_000,
    retryAfterCapMs: options.retryAfterCapMs ?? 20_000,
    maxTotalDelayMs: options.maxTotalDelayMs ?? Number.POSITIVE_INFINITY,
    jitter: options.jitter ?? true,
    delayScale: options.delayScale ?? 1,
    throttlingRetryBudget: options.throttlingRetryBudget ?? Number.POSITIVE_INFINITY,
  };
  if (!Number.isInteger(resolved.maxAttempts) || resolved.maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be an integer of at least 1, got ${String(options.maxAttempts)}`);
  }
  for (const name of [
    'baseDelayMs',
    'throttlingBaseDelayMs',
    'maxDelayMs',
    'retryAfterCapMs',
    'maxTotalDelayMs',
    'throttlingRetryBudget',
  ] as const) {
    if (!(resolved[name] >= 0))
      throw new RangeError(`${name} must be a number of at least 0, got ${String(options[name])}`);
  }
  if (!(resolved.delayScale >= 0) || !Number.isFinite(resolved.delayScale)) {
    throw new RangeError(`delayScale must be a finite number of at least 0, got ${String(options.delayScale)}`);
  }
  return resolved;
}

/** Puts the report on the error (non-enumerable, so logs and JSON stay as they were). */
export function attachRetryReport(error: unknown, report: JssRetryReport): void {
  if (typeof error === 'object' && error !== null && Object.isExtensible(error)) {
    Object.defineProperty(error, 'retry', { value: report, configurable: true, writable: true, enumerable: false });
  }
}

/** The retry report an adapter put on an error, if any. */
export function retryReportOf(error: unknown): JssRetryReport | undefined {
  const report = (error as { retry?: JssRetryReport } | null)?.retry;
  return typeof report?.attempts === 'number' ? report : undefined;
}
