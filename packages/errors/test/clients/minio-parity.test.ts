import { errorInfo, jssErrorCodes } from '@jss/error-codes';
import { createJssError, errorClasses, isJssError, JssError, UnknownJssError } from '@jss/errors';
import { fromMinioError, withJssErrors } from '@jss/errors/minio';
import { S3Error } from 'minio';
import { afterAll, describe, expect, it } from 'vitest';
import { minioClient } from './support/clients.js';
import { BUCKET, KEY } from './support/expectations.js';
import { startJssMock } from './support/jss-mock.js';

const mock = await startJssMock({ buckets: [BUCKET] });
afterAll(() => mock.close());

const plain = minioClient(mock.url);
const wrapped = withJssErrors(minioClient(mock.url));
type Minio = typeof plain;

/** minio's documented patterns, as apps write them; each gives the value or the error. */
const patterns: { name: string; operation: string; run: (c: Minio) => Promise<unknown> }[] = [
  { name: 'statObject', operation: 'HeadObject', run: (c) => c.statObject(BUCKET, KEY) },
  { name: 'bucketExists', operation: 'HeadBucket', run: (c) => c.bucketExists(BUCKET) },
  { name: 'getObject', operation: 'GetObject', run: (c) => c.getObject(BUCKET, KEY) },
  { name: 'putObject', operation: 'PutObject', run: (c) => c.putObject(BUCKET, KEY, 'x') },
  {
    name: 'listObjectsV2',
    operation: 'ListObjectsV2',
    run: (c) =>
      new Promise((resolve, reject) => {
        const stream = c.listObjectsV2(BUCKET, '', true);
        stream.on('error', reject);
        stream.on('data', () => {});
        stream.on('end', () => resolve('listed'));
      }),
  },
];

/** Differs per request, so compared by presence only. */
const PER_REQUEST = new Set(['requestid', 'hostid', 'amzRequestid', 'amzId2', 'stack']);

/** Everything an app can see of an outcome without @jss/errors. */
function outcome(settled: PromiseSettledResult<unknown>): unknown {
  if (settled.status === 'fulfilled') {
    const value = settled.value;
    return { resolved: typeof value === 'object' && value !== null ? Object.keys(value).sort() : value };
  }
  const e = settled.reason as Record<string, unknown> & Error;
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(e)) fields[key] = PER_REQUEST.has(key) ? typeof e[key] : e[key];
  return {
    constructor: e.constructor?.name,
    isS3Error: e instanceof S3Error,
    isError: e instanceof Error,
    name: e.name,
    message: e.message,
    // A code minio set stays; on minio's code-less Error (a status it never reads) the view adds one.
    code: 'code' in e && Object.getOwnPropertyDescriptor(e, 'code')?.get === undefined ? e.code : 'unset',
    fields,
    json: Object.keys(JSON.parse(JSON.stringify(e)) as object).sort(),
  };
}

async function both(operation: string, code: string, run: (c: Minio) => Promise<unknown>) {
  mock.reset();
  mock.use({ operation, answer: { code: code as 'NoSuchKey', retryAfter: null } });
  const before = await Promise.allSettled([run(plain)]);
  mock.reset();
  mock.use({ operation, answer: { code: code as 'NoSuchKey', retryAfter: null } });
  const after = await Promise.allSettled([run(wrapped)]);
  return { before: before[0] as PromiseSettledResult<unknown>, after: after[0] as PromiseSettledResult<unknown> };
}

describe('minio-js with and without withJssErrors, every catalog code', () => {
  for (const pattern of patterns) {
    it(`${pattern.name}: identical outcome, plus the typed view`, async () => {
      expect(jssErrorCodes.length).toBe(Object.keys(errorInfo).length);
      for (const code of Object.keys(errorInfo) as (keyof typeof errorInfo)[]) {
        const label = `${pattern.name} ${code}`;
        const { before, after } = await both(pattern.operation, code, pattern.run);
        expect(outcome(after), label).toEqual(outcome(before));
        if (before.status === 'fulfilled') continue; // bucketExists answers false for a 404
        const reason = (after as PromiseRejectedResult).reason as Error;
        expect(after.status, label).toBe('rejected');
        // The typed view: what fromMinioError makes of minio's own error, on that same object.
        const typed = fromMinioError((before as PromiseRejectedResult).reason, { operation: pattern.operation });
        if (typed === undefined) {
          expect(isJssError(reason), label).toBe(false);
          continue;
        }
        expect(isJssError(reason, typed.code), label).toBe(true);
        expect(reason, label).toBeInstanceOf(JssError);
        if (typed instanceof UnknownJssError) expect(reason, label).toBeInstanceOf(UnknownJssError);
        else expect(reason, label).toBeInstanceOf(errorClasses[typed.code as typeof code]);
        const view = reason as unknown as JssError<string>;
        expect([view.httpStatus, view.docUrl, view.retryable], label).toEqual([
          typed.httpStatus,
          typed.docUrl,
          typed.retryable,
        ]);
        // Where minio read the body, the view is the code that was sent.
        if (pattern.operation !== 'HeadObject' && pattern.operation !== 'HeadBucket' && view.requestId !== undefined) {
          expect(isJssError(reason, code), label).toBe(true);
          expect(view.docUrl, label).toBe(createJssError(code).docUrl);
        }
      }
    }, 60_000);
  }

  it("statObject's 404 keeps minio's e.code 'NotFound', and is NoSuchKey to guards", async () => {
    const { before, after } = await both('HeadObject', 'NoSuchKey', (c) => c.statObject(BUCKET, KEY));
    const plainError = (before as PromiseRejectedResult).reason as S3Error;
    const error = (after as PromiseRejectedResult).reason as S3Error;
    expect([plainError.code, error.code]).toEqual(['NotFound', 'NotFound']);
    expect(error).toBeInstanceOf(S3Error);
    expect(error).toBeInstanceOf(errorClasses.NoSuchKey);
    expect(isJssError(error, 'NoSuchKey')).toBe(true);
    expect((error as unknown as JssError<string>).docUrl).toMatch(/NoSuchKey/);
  });
});
