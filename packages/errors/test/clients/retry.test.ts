import { GetObjectCommand } from '@aws-sdk/client-s3';
import { errorInfo, type JssErrorInfo } from '@jss/error-codes';
import { isJssError, retryReportOf, withJssRetries } from '@jss/errors';
import { jssErrors, jssRetryStrategy } from '@jss/errors/aws-sdk';
import { jssFetch } from '@jss/errors/fetch';
import { withJssErrors } from '@jss/errors/minio';
import { awsClient, minioClient } from './support/clients.js';
import { afterAll, describe, expect, it } from 'vitest';
import { BUCKET, KEY } from './support/expectations.js';
import { type JssTestServer, startJssTestServer } from './support/jss-test-server.js';

const server: JssTestServer = await startJssTestServer();
afterAll(() => server.close());

/** The catalog's delays, scaled down a hundredfold so the tests stay fast. */
const SCALE = 0.01;
const fast = { delayScale: SCALE, jitter: false } as const;
const catalogDelayMs = (code: 'ConnectionLost' | 'SlowDown') => (errorInfo[code].retryAfter ?? 0) * 1000 * SCALE;

const s3 = (retryStrategy?: ReturnType<typeof jssRetryStrategy>) => {
  const client = awsClient(server.endpoint, retryStrategy ? { retryStrategy } : {});
  client.middlewareStack.use(jssErrors());
  return client;
};
const getObject = () => new GetObjectCommand({ Bucket: BUCKET, Key: KEY });

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as Error & { retry?: { attempts: number; totalDelayMs: number }; $metadata?: { attempts?: number } };
  }
  throw new Error('did not fail');
}

const many = (code: string, extra: object = {}) => Array.from({ length: 10 }, () => ({ code, ...extra }));

describe('AWS SDK: jssRetryStrategy', () => {
  it('the SDK alone never retries ConnectionLost (a 400), which the catalog calls retryable', async () => {
    expect(errorInfo.ConnectionLost.retryable).toBe(true);
    server.plan(...many('ConnectionLost'));
    const error = await failure(s3().send(getObject()));
    expect(isJssError(error, 'ConnectionLost')).toBe(true);
    expect(server.received).toHaveLength(1);
  });

  it('retries ConnectionLost the configured number of times, waiting its Retry-After', async () => {
    server.plan(...many('ConnectionLost'));
    const error = await failure(s3(jssRetryStrategy({ maxAttempts: 4, ...fast })).send(getObject()));
    expect(isJssError(error, 'ConnectionLost')).toBe(true);
    expect(server.received).toHaveLength(4);
    expect(error.$metadata?.attempts).toBe(4);
    expect(error.retry).toEqual({ attempts: 4, totalDelayMs: 3 * catalogDelayMs('ConnectionLost') });
    expect(retryReportOf(error)).toBe(error.retry);
    expect(retryReportOf(new Error('plain'))).toBeUndefined();
  });

  it('retries SlowDown with the longer throttling wait', async () => {
    server.plan(...many('SlowDown'));
    const error = await failure(s3(jssRetryStrategy({ maxAttempts: 3, ...fast })).send(getObject()));
    expect(server.received).toHaveLength(3);
    expect(error.retry).toEqual({ attempts: 3, totalDelayMs: 2 * catalogDelayMs('SlowDown') });
    const gaps = server.received.slice(1).map((request, i) => request.at - (server.received[i]?.at ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(catalogDelayMs('SlowDown') - 2);
  });

  it('without a Retry-After, throttling still backs off longer than a transient error', async () => {
    const strategy = () => jssRetryStrategy({ maxAttempts: 3, ...fast, baseDelayMs: 100, throttlingBaseDelayMs: 5000 });
    server.plan(...many('ConnectionLost', { withoutRetryAfter: true }));
    const transient = await failure(s3(strategy()).send(getObject()));
    server.plan(...many('SlowDown', { withoutRetryAfter: true }));
    const throttled = await failure(s3(strategy()).send(getObject()));
    expect(transient.retry?.totalDelayMs).toBe(2 * catalogDelayMs('ConnectionLost'));
    expect(throttled.retry?.totalDelayMs).toBe((5000 + 10000) * SCALE);
  });

  it('never retries NoSuchKey', async () => {
    server.plan(...many('NoSuchKey'));
    const error = await failure(s3(jssRetryStrategy({ maxAttempts: 5, ...fast })).send(getObject()));
    expect(isJssError(error, 'NoSuchKey')).toBe(true);
    expect(server.received).toHaveLength(1);
    expect(error.retry).toEqual({ attempts: 1, totalDelayMs: 0 });
  });

  it('honours x-amz-retry-after (ms) and caps a long Retry-After', async () => {
    server.plan(...many('SlowDown', { headers: { 'x-amz-retry-after': '3000' } }));
    const hinted = await failure(s3(jssRetryStrategy({ maxAttempts: 2, ...fast })).send(getObject()));
    expect(hinted.retry?.totalDelayMs).toBe(3000 * SCALE);
    server.plan(...many('SlowDown', { headers: { 'retry-after': '3600' } }));
    const capped = await failure(
      s3(jssRetryStrategy({ maxAttempts: 2, jitter: false, retryAfterCapMs: 30 })).send(getObject()),
    );
    expect(capped.retry?.totalDelayMs).toBe(30);
  });

  it('succeeds once the server recovers', async () => {
    server.plan({ code: 'ConnectionLost' }, { code: 'SlowDown' });
    const output = await s3(jssRetryStrategy({ maxAttempts: 3, ...fast })).send(getObject());
    expect(await output.Body?.transformToString()).toBe('hello');
    expect(server.received).toHaveLength(3);
  });

  it('stops when the total delay would pass maxTotalDelayMs', async () => {
    server.plan(...many('ConnectionLost'));
    const limit = catalogDelayMs('ConnectionLost') * 1.5;
    const error = await failure(
      s3(jssRetryStrategy({ maxAttempts: 9, ...fast, maxTotalDelayMs: limit })).send(getObject()),
    );
    expect(server.received).toHaveLength(2);
    expect(error.retry?.attempts).toBe(2);
  });

  it('refuses nonsense options', () => {
    expect(() => jssRetryStrategy({ maxAttempts: 0 })).toThrow(/maxAttempts/);
    expect(() => jssRetryStrategy({ baseDelayMs: -1 })).toThrow(/baseDelayMs/);
  });
});

describe('withJssRetries for minio and fetch users', () => {
  const minio = withJssErrors(minioClient(server.endpoint));

  it('minio: ConnectionLost retried with the catalog delay, NoSuchKey once', async () => {
    server.plan(...many('ConnectionLost'));
    const lost = await failure(withJssRetries(() => minio.getObject(BUCKET, KEY), { maxAttempts: 3, ...fast }));
    expect(isJssError(lost, 'ConnectionLost')).toBe(true);
    expect(server.received).toHaveLength(3);
    expect(lost.retry).toEqual({ attempts: 3, totalDelayMs: 2 * catalogDelayMs('ConnectionLost') });
    server.plan(...many('NoSuchKey'));
    const missing = await failure(withJssRetries(() => minio.statObject(BUCKET, KEY), { maxAttempts: 3, ...fast }));
    expect(isJssError(missing, 'NoSuchKey')).toBe(true);
    expect(server.received).toHaveLength(1);
  });

  it('fetch: SlowDown retried, waiting the server Retry-After', async () => {
    const request = jssFetch();
    server.plan(...many('SlowDown'));
    const url = `${server.endpoint}/${BUCKET}/a.txt`;
    const error = await failure(withJssRetries(() => request(url), { maxAttempts: 3, ...fast }));
    expect(isJssError(error, 'SlowDown')).toBe(true);
    expect(server.received).toHaveLength(3);
    expect(error.retry).toEqual({ attempts: 3, totalDelayMs: 2 * catalogDelayMs('SlowDown') });
  });
});

describe("the catalog's retryWhen: a code whose retry needs a condition first is not retried blindly", () => {
  const retryable: [string, JssErrorInfo][] = Object.entries(errorInfo).filter(([, info]) => info.retryable);

  it.each(retryable)('%s: withJssRetries (fetch) sends it once with retryWhen, else retries', async (code, info) => {
    server.plan(...many(code));
    const url = `${server.endpoint}/${BUCKET}/a.txt`;
    const error = await failure(withJssRetries(() => jssFetch()(url), { maxAttempts: 2, ...fast, delayScale: 0.001 }));
    expect(isJssError(error, code as keyof typeof errorInfo)).toBe(true);
    expect(server.received).toHaveLength(info.retryWhen === undefined ? 2 : 1);
  });

  it.each(retryable)(
    '%s: jssRetryStrategy leaves a retryWhen code to the SDK (no retry at a true clock)',
    async (code, info) => {
      server.plan(...many(code));
      const error = await failure(
        s3(jssRetryStrategy({ maxAttempts: 2, ...fast, delayScale: 0.001 })).send(getObject()),
      );
      expect(isJssError(error, code as keyof typeof errorInfo)).toBe(true);
      expect(server.received).toHaveLength(info.retryWhen === undefined ? 2 : 1);
    },
  );
});
