import { headerValue, type HeadersLike } from '../parse/headers.js';

/**
 * The wait a response asks for, in ms: `x-amz-retry-after` (ms) first, else `Retry-After`
 * (seconds or an HTTP date). Undefined when neither is there or readable.
 */
export function retryAfterHintMs(headers: HeadersLike | undefined, now: number = Date.now()): number | undefined {
  const amz = headerValue(headers, 'x-amz-retry-after')?.trim();
  if (amz !== undefined && /^\d+(\.\d+)?$/.test(amz)) return Number(amz);
  const standard = headerValue(headers, 'retry-after')?.trim();
  if (standard === undefined || standard === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(standard)) return Number(standard) * 1000;
  const date = Date.parse(standard);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
