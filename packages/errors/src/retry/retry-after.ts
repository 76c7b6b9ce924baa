import { headerValue, type HeadersLike } from '../parse/headers.js';

/**
 * The wait a response asks for, in ms: `x-amz-retry-after` (whole ms) first, else `Retry-After`
 * as RFC 9110 §10.2.3 defines it: delta-seconds (digits only) or an HTTP date. Anything else
 * (`-5`, `1.5`, `abc 5`, a date V8 would guess at) is no hint, so the backoff applies; a repeated
 * header gives its first value. Callers cap the wait.
 */
export function retryAfterHintMs(headers: HeadersLike | undefined, now: number = Date.now()): number | undefined {
  const amz = headerValue(headers, 'x-amz-retry-after');
  if (amz !== undefined && DIGITS.test(amz)) return Number(amz);
  const standard = headerValue(headers, 'retry-after', true);
  if (standard === undefined) return undefined;
  const seconds = /^(\d+)\s*(?:,|$)/.exec(standard);
  if (seconds !== null) return Number(seconds[1]) * 1000;
  const date = httpDate(standard);
  return date === undefined ? undefined : Math.max(0, date - now);
}

const DIGITS = /^\d+$/;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
/** The three forms of RFC 9110 §5.6.7, each anchored: `Sun, 06 Nov 1994 08:49:37 GMT`, … */
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT\\s*(?:,|$)`);
const RFC850 = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT\\s*(?:,|$)`);
const ASCTIME = new RegExp(`^${DAY} ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})\\s*(?:,|$)`);

/** An HTTP date in ms since the epoch, or undefined for any other text. */
export function httpDate(text: string): number | undefined {
  let m = IMF_FIXDATE.exec(text);
  if (m !== null) return utc(m[3], m[2], m[1], m[4], m[5], m[6]);
  m = RFC850.exec(text);
  if (m !== null) {
    // Two-digit years: RFC 9110 reads one more than 50 years ahead as the past century.
    const yy = Number(m[3]);
    const thisYear = new Date().getUTCFullYear();
    let year = Math.floor(thisYear / 100) * 100 + yy;
    if (year > thisYear + 50) year -= 100;
    return utc(String(year), m[2], m[1], m[4], m[5], m[6]);
  }
  m = ASCTIME.exec(text);
  if (m !== null) return utc(m[6], m[1], m[2], m[3], m[4], m[5]);
  return undefined;
}

function utc(year = '', month = '', day = '', hour = '', minute = '', second = ''): number | undefined {
  const [y, d, h, min, s] = [year, day, hour, minute, second].map(Number) as [number, number, number, number, number];
  const mon = MONTHS.indexOf(month);
  const ms = Date.UTC(y, mon, d, h, min, s);
  // Refuse 31 Feb, 25:00 and the like instead of letting Date.UTC roll them over.
  const back = new Date(ms);
  return back.getUTCDate() === d && h < 24 && min < 60 && s < 61 && back.getUTCMonth() === mon ? ms : undefined;
}
