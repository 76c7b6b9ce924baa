// jssRetryStrategy() with the real S3Client against the stand-in: the client's own settings and
// strategy stand, and the catalog changes the decision only where it knows the code better.
import { CopyObjectCommand, GetObjectCommand, HeadObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import { errorInfo } from '@jss/error-codes';
import { isJssError, type JssError } from '@jss/errors';
import { jssErrors, jssRetryStrategy } from '@jss/errors/aws-sdk';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsClient } from './support/clients.js';
import { type StandIn, type StandInRule, startStandIn } from './support/stand-in.js';

const BUCKET = 'photos';
const standIn: StandIn = await startStandIn([BUCKET]);
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.reset();
  standIn.putObject(BUCKET, 'a.txt', 'hello');
});

/** Hints (the server's `Retry-After`, the catalog's `retryAfter`) scaled down so tests stay fast. */
const fast = { delayScale: 0.001 } as const;
/** The SDK's standard strategy with a 1 ms backoff, where a test needs many throttling retries. */
const quick = (maxAttempts: number) => new ConfiguredRetryStrategy(maxAttempts, () => 1);

const get = () => new GetObjectCommand({ Bucket: BUCKET, Key: 'a.txt' });
const head = () => new HeadObjectCommand({ Bucket: BUCKET, Key: 'a.txt' });

async function settle(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (error) {
    return error;
  }
}

/**
 * Requests the stand-in received for `rule` sent by a client with the SDK's standard strategy
 * (1 ms backoff, 3 attempts) alone, and by one with the extension wrapping it.
 */
async function requestsFor(rule: StandInRule, send: (client: ReturnType<typeof awsClient>) => Promise<unknown>) {
  const counts: Record<string, number> = {};
  for (const [name, extensions] of [
    ['sdk', []],
    ['jss', [jssRetryStrategy(fast)]],
  ] as const) {
    standIn.reset();
    standIn.putObject(BUCKET, 'a.txt', 'hello');
    standIn.use(rule);
    await settle(send(awsClient(standIn.url, { retryStrategy: quick(3), extensions: [...extensions] })));
    counts[name] = standIn.requests.length;
  }
  return counts;
}

describe('jssRetryStrategy() as an extension wraps the client’s own strategy', () => {
  it("respects the client's maxAttempts, as the SDK alone does", async () => {
    const rule = { operation: 'GetObject', answer: { code: 'InternalError' as const, retryAfter: null } };
    for (const maxAttempts of [1, 2, 5]) {
      standIn.reset();
      standIn.use(rule);
      const bare = awsClient(standIn.url, { maxAttempts });
      await settle(bare.send(get()));
      const bareRequests = standIn.requests.length;
      standIn.reset();
      standIn.use(rule);
      const client = awsClient(standIn.url, { maxAttempts, extensions: [jssRetryStrategy(fast)] });
      const error = await settle(client.send(get()));
      expect(error).toBeInstanceOf(S3ServiceException);
      expect(standIn.requests.length, `maxAttempts ${maxAttempts}`).toBe(maxAttempts);
      expect(standIn.requests.length).toBe(bareRequests);
      expect((error as { $metadata: { attempts: number } }).$metadata.attempts).toBe(maxAttempts);
    }
  });

  it('as retryStrategy it cannot see the client, and counts its own maxAttempts (default 3)', async () => {
    standIn.use({ operation: 'GetObject', answer: { code: 'InternalError', retryAfter: null } });
    const client = awsClient(standIn.url, {
      maxAttempts: 5,
      retryStrategy: jssRetryStrategy({ ...fast, jitter: false }),
    });
    await settle(client.send(get()));
    expect(standIn.requests.length).toBe(3);
  });

  it('retries what the catalog calls retryable and the SDK does not: ConnectionLost at 400', async () => {
    expect(errorInfo.ConnectionLost.retryable).toBe(true);
    const counts = await requestsFor({ operation: 'GetObject', answer: { code: 'ConnectionLost' } }, (c) =>
      c.send(get()),
    );
    expect(counts).toEqual({ sdk: 1, jss: 3 });
  });

  it('does not retry what the catalog calls final and the SDK would: AccessDenied inside a 200 (503 to the SDK)', async () => {
    const rule = { operation: 'CopyObject', answer: { code: 'AccessDenied' as const, inside200: true } };
    const copy = (c: ReturnType<typeof awsClient>) =>
      c.send(new CopyObjectCommand({ Bucket: BUCKET, Key: 'b.txt', CopySource: `${BUCKET}/a.txt` }));
    expect(await requestsFor(rule, copy)).toEqual({ sdk: 3, jss: 1 });
  });

  it('retries a bodiless SlowDown (HEAD, 400 with Retry-After) as throttling; the SDK alone gives up', async () => {
    const rule = { operation: 'HeadObject', call: { first: 1 }, answer: { code: 'SlowDown' as const, retryAfter: 2 } };
    expect(await requestsFor(rule, (c) => c.send(head()))).toEqual({ sdk: 1, jss: 2 });
    // Throttling, not transient: a budget of 0 throttling retries stops it, and not InternalError's.
    const none = () =>
      awsClient(standIn.url, { extensions: [jssRetryStrategy({ ...fast, throttlingRetryBudget: 0 })] });
    standIn.reset();
    standIn.putObject(BUCKET, 'a.txt', 'hello');
    standIn.use(rule);
    const plugged = none();
    plugged.middlewareStack.use(jssErrors());
    const error = (await settle(plugged.send(head()))) as JssError<string> & { name: string };
    expect(standIn.requests.length).toBe(1);
    expect(error.name).toBe('Unknown');
    expect(isJssError(error, 'SlowDown')).toBe(true);
    standIn.reset();
    standIn.putObject(BUCKET, 'a.txt', 'hello');
    standIn.use({ operation: 'HeadObject', call: { first: 1 }, answer: { code: 'InternalError', retryAfter: 1 } });
    await none().send(head());
    expect(standIn.requests.length).toBe(2);
  });

  it('a bodiless 503 with Retry-After is ServiceUnavailable: throttling', async () => {
    expect(errorInfo.ServiceUnavailable.throttling).toBe(true);
    const rule = { operation: 'HeadObject', answer: { code: 'ServiceUnavailable' as const, retryAfter: 1 } };
    standIn.use(rule);
    const budgeted = awsClient(standIn.url, { extensions: [jssRetryStrategy({ ...fast, throttlingRetryBudget: 0 })] });
    await settle(budgeted.send(head()));
    expect(standIn.requests.length).toBe(1);
    const unhinted = { ...rule, answer: { ...rule.answer, retryAfter: null } };
    expect(await requestsFor(unhinted, (c) => c.send(head()))).toEqual({ sdk: 3, jss: 3 });
  });

  it('waits what Retry-After asks, cut to retryAfterCapMs', async () => {
    standIn.use({ operation: 'GetObject', call: { first: 1 }, answer: { code: 'SlowDown', retryAfter: 3600 } });
    const client = awsClient(standIn.url, {
      retryStrategy: quick(3),
      extensions: [jssRetryStrategy({ retryAfterCapMs: 50 })],
    });
    const started = Date.now();
    const output = await client.send(get());
    expect(await output.Body?.transformToString()).toBe('hello');
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(output.$metadata.attempts).toBe(2);
  });
});

describe('the opt-in throttling budget, shared by the calls of one client', () => {
  /** 10 concurrent GETs against a stand-in that always throttles: requests it receives. */
  async function storm(budget: number | undefined) {
    standIn.reset();
    standIn.putObject(BUCKET, 'a.txt', 'hello');
    standIn.use({ operation: 'GetObject', answer: { code: 'SlowDown', retryAfter: null } });
    const client = awsClient(standIn.url, {
      retryStrategy: quick(4),
      extensions: [jssRetryStrategy({ ...fast, throttlingRetryBudget: budget })],
    });
    await Promise.all(Array.from({ length: 10 }, () => settle(client.send(get()))));
    return standIn.requests.length;
  }

  it('is off by default (every call makes its attempts) and caps a throttling storm when set', async () => {
    expect(await storm(undefined)).toBe(40);
    const capped = await storm(5);
    // Each call's first attempt, plus at most 5 throttling retries in all (none succeeded).
    expect(capped).toBe(15);
  });
});
