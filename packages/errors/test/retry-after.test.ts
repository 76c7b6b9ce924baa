import { withJssRetries } from '@jss/errors';
import { describe, expect, it } from 'vitest';
import { retryAfterHintMs } from '../src/retry/retry-after.js';

const NOW = Date.UTC(1994, 10, 6, 8, 49, 0); // Sun, 06 Nov 1994 08:49:00 GMT
const hint = (value: string | string[]) => retryAfterHintMs({ 'retry-after': value }, NOW);

describe('Retry-After as RFC 9110 defines it', () => {
  it('delta-seconds: digits only', () => {
    expect(hint('5')).toBe(5000);
    expect(hint(' 120 ')).toBe(120_000);
    expect(hint('0')).toBe(0);
  });

  it('the three HTTP date forms', () => {
    expect(hint('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(37_000);
    expect(hint('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(37_000);
    expect(hint('Sun Nov  6 08:49:37 1994')).toBe(37_000);
    expect(hint('Sun, 06 Nov 1994 08:48:00 GMT')).toBe(0); // a date past: no wait
  });

  it('anything else is no hint, so the backoff applies', () => {
    for (const value of [
      '-5',
      'abc 5',
      '1.5.2',
      '1.5',
      'soon',
      '5s',
      '',
      '+5',
      '0x10',
      'Sun, 31 Feb 1994 08:49:37 GMT',
      '2026-01-01',
    ]) {
      expect(hint(value), value).toBeUndefined();
    }
  });

  it('a repeated header gives its first value, a date with its comma whole', () => {
    expect(hint('5, 10')).toBe(5000);
    expect(hint(['7', '10'])).toBe(7000);
    expect(hint('Sun, 06 Nov 1994 08:49:37 GMT, Sun, 06 Nov 1994 08:50:37 GMT')).toBe(37_000);
  });

  it('x-amz-retry-after (whole ms) first', () => {
    expect(retryAfterHintMs({ 'x-amz-retry-after': '1500', 'retry-after': '9' }, NOW)).toBe(1500);
    expect(retryAfterHintMs({ 'x-amz-retry-after': '-1', 'retry-after': '9' }, NOW)).toBe(9000);
  });
});

describe('withJssRetries caps every wait', () => {
  it('a 25-day hint with no caps waits at most what setTimeout can (no immediate retry)', async () => {
    const busy = Object.assign(new Error('busy'), { code: 'ECONNRESET', retryAfterHintMs: 2_200_000_000 });
    const planned: number[] = [];
    const abort = new AbortController();
    const run = withJssRetries(() => Promise.reject(busy), {
      maxAttempts: 2,
      jitter: false,
      retryAfterCapMs: Number.POSITIVE_INFINITY,
      maxDelayMs: Number.POSITIVE_INFINITY,
      signal: abort.signal,
      onRetry: (_e, _n, delay) => {
        planned.push(delay);
        setTimeout(() => abort.abort(new Error('stopped')), 50);
      },
    });
    await expect(run).rejects.toThrow('stopped'); // still waiting after 50 ms, not retried at once
    expect(planned).toEqual([2 ** 31 - 1]);
  });
});
