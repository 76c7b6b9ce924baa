import type { ErrorModel } from '../model/types.js';

/** The retry advice a code's facts say, as the name of its `docs.*` label (the site's advice follows it). */
export type RetryAdvice = 'retryNo' | 'retryYes' | 'retryThrottled' | 'retryClockCorrected';

/** A condition first (the clock corrected: a backoff alone fails the same way), else never, throttled or backoff. */
export function retryAdvice(e: Pick<ErrorModel, 'retryable' | 'throttling' | 'retryWhen'>): RetryAdvice {
  if (!e.retryable) return 'retryNo';
  if (e.retryWhen === 'clockCorrected') return 'retryClockCorrected';
  return e.throttling ? 'retryThrottled' : 'retryYes';
}
