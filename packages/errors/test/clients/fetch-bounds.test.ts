import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isJssError, withJssRetries } from '@jss/errors';
import { fromFetchResponse, jssFetch } from '@jss/errors/fetch';
import { afterAll, describe, expect, it } from 'vitest';
import { rejection } from './support/rejection.js';

/** What the fetch adapter rejects with: fetch's own error, or a JSS error with its retries. */
type FetchFailure = Error & { code?: string; cause?: unknown; retry?: { attempts: number } };

type Handler = (res: ServerResponse, count: number, headers: Record<string, string | string[] | undefined>) => void;
let handler: Handler = (res) => res.end();
let count = 0;
let closedEarly = 0;
const server = createServer((req, res) => {
  count++;
  res.on('close', () => {
    if (!res.writableFinished) closedEarly++;
  });
  req.resume();
  req.on('end', () => handler(res, count, req.headers));
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/photos/a.jpg`;
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

function reset(next: Handler) {
  handler = next;
  count = 0;
  closedEarly = 0;
}

const CHUNK = Buffer.alloc(64 * 1024, 'x x ');

/** A 503 whose body never ends, written as fast as the client takes it. */
function endless(res: ServerResponse) {
  res.writeHead(503, { 'content-type': 'text/html' });
  const pump = () => {
    while (!res.destroyed && res.write(CHUNK)) {}
    if (!res.destroyed) res.once('drain', pump);
  };
  pump();
}

describe('fetch adapters read a bounded prefix of an error body', () => {
  it('an endless body: rejects at once with the status code, and the rest is cancelled', async () => {
    reset(endless);
    const started = Date.now();
    const error = await rejection<FetchFailure>(jssFetch()(url));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(isJssError(error, 'ServiceUnavailable')).toBe(true); // the catalog's bodiless 503
    expect(String((error.cause as Error).message)).toMatch(/only the first 65536 characters/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closedEarly).toBe(1);
  });

  it('a body that trickles for ever: given up after bodyTimeoutMs, with what came', async () => {
    reset((res) => {
      res.writeHead(404, { 'content-type': 'application/xml' });
      res.write('<Error><Code>NoSuchKey</Code><Message>gone</Message>');
      // then nothing, for ever
    });
    const started = Date.now();
    const error = await fromFetchResponse(await fetch(url), { bodyTimeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(3000);
    // The document never ended, but its <Code> and <Message> came: they are used.
    expect(isJssError(error, 'NoSuchKey')).toBe(true);
    expect([error.message, error.httpStatus]).toEqual(['gone', 404]);
  });

  it('a 64 MB body costs about what a small one does', async () => {
    const big = Buffer.alloc(64 * 1024 * 1024, ' ');
    big.write('<Error><Code>SlowDown</Code><Message>slow</Message></Error>', 0);
    reset((res) => {
      res.writeHead(400, { 'content-type': 'application/xml' });
      res.end(big);
    });
    const started = Date.now();
    const error = await rejection<FetchFailure>(jssFetch()(url));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(isJssError(error, 'SlowDown')).toBe(true);
  });
});

describe('withJssRetries over jssFetch: socket errors', () => {
  const fast = { jitter: false, delayScale: 0.01 } as const;
  const dropFirst = (n: number) => (res: ServerResponse, seen: number) => {
    if (seen <= n) res.socket?.destroy();
    else res.end('hello');
  };

  for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']) {
    it(`${method} (idempotent) is retried after a dropped connection`, async () => {
      reset(dropFirst(1));
      const body = method === 'PUT' ? 'x' : undefined;
      const response = await withJssRetries(() => jssFetch()(url, { method, body }), fast);
      expect(response.status).toBe(200);
      expect(count).toBe(2);
    });
  }

  it('POST is not retried: it may have been applied', async () => {
    reset(dropFirst(1));
    const error = await rejection<FetchFailure>(
      withJssRetries(() => jssFetch()(url, { method: 'POST', body: 'x' }), fast),
    );
    expect(error).toBeInstanceOf(TypeError); // what fetch itself rejects with
    expect(count).toBe(1);
    expect(error.retry?.attempts).toBe(1);
  });

  it('maxAttempts is respected', async () => {
    reset(dropFirst(10));
    const error = await rejection<FetchFailure>(withJssRetries(() => jssFetch()(url), { ...fast, maxAttempts: 4 }));
    expect(error).toBeInstanceOf(TypeError);
    expect(count).toBe(4);
    expect(error.retry?.attempts).toBe(4);
  });

  it('a socket error rejects as plain fetch rejects', async () => {
    reset(dropFirst(2));
    const plain = await rejection<FetchFailure>(fetch(url));
    const adapted = await rejection<FetchFailure>(jssFetch()(url));
    const seen = (e: Error & { cause?: unknown }) => ({
      type: e.constructor.name,
      message: e.message,
      keys: Object.keys(e),
      cause: (e.cause as { code?: string } | undefined)?.code,
    });
    expect(seen(adapted)).toEqual(seen(plain));
  });

  it('a plain fetch (method unknown) is not retried', async () => {
    reset(dropFirst(1));
    await rejection<FetchFailure>(withJssRetries(() => fetch(url), fast));
    expect(count).toBe(1);
  });
});

describe('RequestTimeTooSkewed', () => {
  const SKEW_MS = 60 * 60 * 1000; // the server's clock is an hour ahead
  /** A server that refuses a signature more than 15 minutes off its clock, as S3 does. */
  const skewed = (withServerTime: boolean) => (res: ServerResponse, _: number, headers: Record<string, unknown>) => {
    const serverNow = Date.now() + SKEW_MS;
    const signed = Date.parse(String(headers['x-amz-date'] ?? ''));
    if (Number.isFinite(signed) && Math.abs(signed - serverNow) < 15 * 60 * 1000) return res.end('hello');
    const time = new Date(serverNow);
    res.writeHead(403, { 'content-type': 'application/xml', date: time.toUTCString() });
    res.end(
      '<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the ' +
        `current time is too large.</Message>${withServerTime ? `<ServerTime>${time.toISOString()}</ServerTime>` : ''}</Error>`,
    );
  };
  const sign = (request: Request, clock: { now: Date }) => {
    const headers = new Headers(request.headers);
    headers.set('x-amz-date', clock.now.toISOString());
    return new Request(request, { headers });
  };

  for (const withServerTime of [true, false]) {
    it(`with a sign hook: the clock is corrected from ${withServerTime ? '<ServerTime>' : 'the Date header'} and the request re-signed once`, async () => {
      reset(skewed(withServerTime));
      const s3fetch = jssFetch(fetch, { sign });
      const response = await s3fetch(url, { method: 'PUT', body: 'payload' });
      expect(await response.text()).toBe('hello');
      expect(count).toBe(2);
      // The offset is kept: the next request is signed right the first time.
      await (await s3fetch(url)).text();
      expect(count).toBe(3);
    });
  }

  it('without a sign hook: typed, and never retried unchanged', async () => {
    reset(skewed(true));
    const error = await rejection<FetchFailure>(
      withJssRetries(() => jssFetch()(url), { jitter: false, delayScale: 0.01 }),
    );
    expect(isJssError(error, 'RequestTimeTooSkewed')).toBe(true);
    expect(count).toBe(1);
  });
});
