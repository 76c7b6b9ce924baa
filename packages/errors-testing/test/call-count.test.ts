import { PutObjectCommand } from '@aws-sdk/client-s3';
import { type JssMock, type MockRule, startJssMock } from '@jss/errors-testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { awsClient, rejection } from './support/clients.js';

let mock: JssMock;
beforeAll(async () => {
  mock = await startJssMock({ buckets: ['photos'] });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const put = (i: number) => new PutObjectCommand({ Bucket: 'photos', Key: `k${i}`, Body: `body ${i}` });
const slowDownOnThirdPut: MockRule = {
  name: 'throttle',
  operation: 'PutObject',
  call: { nth: 3 },
  answer: { code: 'SlowDown' },
};

describe('SlowDown on the 3rd PUT', () => {
  it('retries off: the SDK sees two successes, then a throttle', async () => {
    mock.use(slowDownOnThirdPut);
    const s3 = awsClient(mock, 1);
    const outcomes: string[] = [];
    for (let i = 1; i <= 4; i++) {
      try {
        await s3.send(put(i));
        outcomes.push('ok');
      } catch (error) {
        outcomes.push((error as Error).name);
      }
    }
    expect(outcomes).toEqual(['ok', 'ok', 'SlowDown', 'ok']);
    expect(mock.calls('PutObject').map((r) => r.rule)).toEqual([undefined, undefined, 'throttle', undefined]);
    expect(mock.objectBody('photos', 'k3')).toBeUndefined();
    expect(mock.objectBody('photos', 'k4')?.toString()).toBe('body 4');
  });

  it('retries on: the SDK retries the throttled PUT, and the log counts the retry', async () => {
    mock.use(slowDownOnThirdPut);
    const s3 = awsClient(mock, 2);
    for (let i = 1; i <= 3; i++) await s3.send(put(i));
    const puts = mock.calls('PutObject');
    expect(puts.map((r) => [r.key, r.status, r.code])).toEqual([
      ['k1', 200, undefined],
      ['k2', 200, undefined],
      ['k3', 400, 'SlowDown'],
      ['k3', 200, undefined],
    ]);
    expect(puts[2]!.rule).toBe('throttle');
    expect(puts[3]!.headers['amz-sdk-request']).toMatch(/attempt=2/);
    expect(mock.objectBody('photos', 'k3')?.toString()).toBe('body 3');
  });
});

describe('call counters', () => {
  const pattern = async (call: MockRule['call']) => {
    mock.reset();
    mock.use({ operation: 'PutObject', call, answer: { code: 'InternalError', retryAfter: null } });
    const s3 = awsClient(mock, 1);
    const marks: string[] = [];
    for (let i = 1; i <= 7; i++)
      marks.push(
        await s3.send(put(i)).then(
          () => '.',
          () => 'x',
        ),
      );
    return marks.join('');
  };

  it('nth, every, first and after', async () => {
    expect(await pattern({ nth: 2 })).toBe('.x.....');
    expect(await pattern({ every: 3 })).toBe('..x..x.');
    expect(await pattern({ first: 2 })).toBe('xx.....');
    expect(await pattern({ after: 5 })).toBe('.....xx');
  });

  it('count only the requests that reach the rule and meet its conditions', async () => {
    mock.use(
      { name: 'first-get', operation: 'GetObject', call: { nth: 1 }, answer: { code: 'AccessDenied' } },
      { name: 'second-put', operation: 'PutObject', call: { nth: 2 }, answer: { code: 'AccessDenied' } },
    );
    const s3 = awsClient(mock, 1);
    await s3.send(put(1));
    const denied = await rejection(s3.send(put(2)));
    expect(denied.name).toBe('AccessDenied');
    expect(mock.requests.map((r) => r.rule)).toEqual([undefined, 'second-put']);
  });

  it('reset() restarts counters and removes rules added by use()', async () => {
    mock.use(slowDownOnThirdPut);
    const s3 = awsClient(mock, 1);
    for (let i = 1; i <= 2; i++) await s3.send(put(i));
    mock.reset();
    expect(mock.requests).toEqual([]);
    expect(mock.objectBody('photos', 'k1')).toBeUndefined();
    for (let i = 1; i <= 3; i++) await s3.send(put(i));
    expect(mock.requests.every((r) => r.rule === undefined)).toBe(true);
  });
});
