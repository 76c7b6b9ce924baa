import { errorInfo } from '@jss/error-codes';
import { errorClasses, isJssError, JssError, NoSuchBucketError, UnknownJssError } from '@jss/errors';
import { bodilessCodeFor } from '@jss/error-codes';
import { fromMinioError, withJssErrors } from '@jss/errors/minio';
import { minioClient } from './support/clients.js';
import { afterAll, describe, expect, it } from 'vitest';
import { BUCKET, catalogCases, expectedParams, KEY } from './support/expectations.js';
import { formatJssError, type JssTestServer, startJssTestServer } from './support/jss-test-server.js';

const server: JssTestServer = await startJssTestServer();
afterAll(() => server.close());

/** Statuses for which minio throws before reading the body (its `retryHttpCodes`). */
const UNREAD = new Set([408, 429, 499, 500, 502, 503, 504, 520]);
/** Statuses minio names itself when there is no body. */
const NAMED_WITHOUT_BODY = new Set([301, 307, 403, 404, 405, 501]);

const minio = minioClient(server.endpoint);
const s3 = withJssErrors(minio);

function streamError(stream: NodeJS.EventEmitter): Promise<unknown> {
  return new Promise((resolve, reject) => {
    stream.on('error', resolve);
    stream.on('end', () => reject(new Error('the listing did not fail')));
    stream.on('data', () => {});
  });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    return { resolved: await promise };
  } catch (error) {
    return error;
  }
}

const operations = [
  { name: 'GetObject', object: true, head: false, call: () => rejection(s3.getObject(BUCKET, KEY)) },
  { name: 'PutObject', object: true, head: false, call: () => rejection(s3.putObject(BUCKET, KEY, 'x')) },
  { name: 'ListObjectsV2', object: false, head: false, call: () => streamError(s3.listObjectsV2(BUCKET, '', true)) },
  { name: 'HeadObject', object: true, head: true, call: () => rejection(s3.statObject(BUCKET, KEY)) },
  { name: 'HeadBucket', object: false, head: true, call: () => rejection(s3.bucketExists(BUCKET)) },
] as const;

describe('minio-js through withJssErrors(): every catalog code and variant', () => {
  for (const operation of operations) {
    it(`${operation.name}: class, code, message, request id, placeholders`, async () => {
      for (const { code, variant, message } of catalogCases()) {
        const status = errorInfo[code].httpStatus;
        server.plan({ code, variant });
        const error = await operation.call();
        const label = `${operation.name} ${code}/${variant ?? '-'}`;
        if (operation.name === 'HeadBucket' && status === 404) {
          // minio's bucketExists answers false for its bodiless 404, whatever we wrap.
          expect(error, label).toEqual({ resolved: false });
          continue;
        }
        expect(error, label).toBeInstanceOf(JssError);
        const jss = error as JssError<string>;
        const bodyRead = !UNREAD.has(status) && !operation.head;
        let expectedCode: string = code;
        if (UNREAD.has(status) || (operation.head && NAMED_WITHOUT_BODY.has(status))) {
          expectedCode = bodilessCodeFor(status, operation.name) ?? 'Unknown';
        } else if (operation.head) expectedCode = 'Unknown'; // minio gives an empty code and no status
        // minio names a bodiless 501 MethodNotAllowed, as it names a 405: the two cannot be told apart.
        if (operation.head && status === 501) expectedCode = 'MethodNotAllowed';
        // e.code stays minio's; the JSS code is what guards see.
        expect(isJssError(jss, expectedCode), label).toBe(true);
        if (expectedCode === 'Unknown') expect(jss, label).toBeInstanceOf(UnknownJssError);
        else expect(jss, label).toBeInstanceOf(errorClasses[expectedCode as typeof code]);
        if (bodyRead) {
          expect(jss.message, label).toBe(message);
          expect(jss.variant, label).toBe(variant);
          expect(jss.httpStatus, label).toBe(status);
        }
        if (UNREAD.has(status)) expect(jss.requestId, label).toBeUndefined();
        else expect(jss.requestId, label).toBe(server.lastRequestId());
        if (expectedCode !== 'Unknown') {
          const params = expectedParams(expectedCode as typeof code, operation.object);
          expect(jss.params, label).toEqual(params);
          const zh = formatJssError(jss, { locale: 'zh' });
          for (const value of Object.values(params)) expect(zh, label).toContain(String(value));
        }
      }
    });
  }

  it('says which bucket is missing, in Chinese', async () => {
    server.plan({ code: 'NoSuchBucket' });
    const error = await rejection(s3.putObject(BUCKET, KEY, 'x'));
    expect(error).toBeInstanceOf(NoSuchBucketError);
    expect(formatJssError(error, { locale: 'zh' })).toBe(`指定的 Bucket ${BUCKET} 不存在。`);
  });

  it('gives the status code for a 500 whose body minio never read, keeping minio error as cause', async () => {
    server.plan({ code: 'InternalError' });
    const raw = await rejection(minio.getObject(BUCKET, KEY));
    expect(isJssError(raw)).toBe(false);
    expect(String((raw as Error).message)).toContain('Retryable HTTP status: 500');
    const error = fromMinioError(raw, { operation: 'GetObject' });
    expect(isJssError(error, 'InternalError')).toBe(true);
    expect(error?.cause).toBe(raw);
    expect(error?.stack?.split('\n').slice(1)).toEqual(((raw as Error).stack ?? '').split('\n').slice(1));
  });

  it('leaves non-S3 errors alone', () => {
    expect(fromMinioError(new TypeError('bad'))).toBeUndefined();
    expect(fromMinioError(null)).toBeUndefined();
  });
});
