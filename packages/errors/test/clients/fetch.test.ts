import { CopyObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { errorInfo } from '@jss/error-codes';
import { errorClasses, isJssError, JssError, UnknownJssError } from '@jss/errors';
import { jssErrors } from '@jss/errors/aws-sdk';
import { bodilessCodeFor } from '@jss/error-codes';
import { fromFetchResponse, jssFetch } from '@jss/errors/fetch';
import { afterAll, describe, expect, it } from 'vitest';
import { BUCKET, catalogCases, expectedParams, KEY } from './support/expectations.js';
import { formatJssError, type JssTestServer, startJssTestServer } from './support/jss-test-server.js';

const server: JssTestServer = await startJssTestServer();
afterAll(() => server.close());

const objectUrl = `${server.endpoint}/${BUCKET}/${encodeURIComponent('albums')}/${encodeURIComponent('照片 1.jpg')}`;
const bucketUrl = `${server.endpoint}/${BUCKET}`;
const request = jssFetch();

async function failure(promise: Promise<unknown>): Promise<JssError<string>> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(JssError);
    return error as JssError<string>;
  }
  throw new Error('did not fail');
}

const operations = [
  { name: 'GetObject', object: true, head: false, call: () => request(objectUrl) },
  { name: 'PutObject', object: true, head: false, call: () => request(objectUrl, { method: 'PUT', body: 'x' }) },
  { name: 'ListObjectsV2', object: false, head: false, call: () => request(`${bucketUrl}?list-type=2`) },
  {
    name: 'HeadObject',
    object: true,
    head: true,
    call: () => request(objectUrl, { method: 'HEAD', operation: 'HeadObject' }),
  },
  {
    name: 'HeadBucket',
    object: false,
    head: true,
    call: () => request(bucketUrl, { method: 'HEAD', operation: 'HeadBucket' }),
  },
] as const;

describe('jssFetch: every catalog code and variant', () => {
  for (const operation of operations) {
    it(`${operation.name}: class, code, message, status, request id, placeholders`, async () => {
      for (const { code, variant, message } of catalogCases()) {
        const status = errorInfo[code].httpStatus;
        server.plan({ code, variant });
        const error = await failure(operation.call());
        const label = `${operation.name} ${code}/${variant ?? '-'}`;
        const expectedCode = operation.head ? (bodilessCodeFor(status, operation.name) ?? 'Unknown') : code;
        expect(error.code, label).toBe(expectedCode);
        if (expectedCode === 'Unknown') expect(error, label).toBeInstanceOf(UnknownJssError);
        else expect(error, label).toBeInstanceOf(errorClasses[expectedCode as typeof code]);
        if (!operation.head) expect([error.message, error.variant], label).toEqual([message, variant]);
        expect(error.httpStatus, label).toBe(status);
        expect(error.requestId, label).toBe(server.lastRequestId());
        if (expectedCode !== 'Unknown') {
          const params = expectedParams(expectedCode as typeof code, operation.object);
          expect(error.params, label).toEqual(params);
          const zh = formatJssError(error, { locale: 'zh' });
          for (const value of Object.values(params)) expect(zh, label).toContain(String(value));
        }
      }
    });
  }

  it('lets 2xx responses through, body unread', async () => {
    server.plan();
    const response = await request(objectUrl);
    expect(await response.text()).toBe('hello');
  });
});

describe('fromFetchResponse', () => {
  it('reads the body once and keeps an unreadable body as the cause', async () => {
    const response = new Response('<html>gateway</html>', { status: 502, headers: { 'x-amz-request-id': 'R9' } });
    const error = await fromFetchResponse(response);
    expect(response.bodyUsed).toBe(true);
    expect(error).toMatchObject({ code: 'Unknown', httpStatus: 502, requestId: 'R9' });
    expect(String((error.cause as Error).message)).toContain('<html>gateway</html>');
  });

  it('keeps an unknown code with message, status and request id', async () => {
    const body = '<Error><Code>NotARealJssCode</Code><Message>odd</Message><RequestId>R1</RequestId></Error>';
    const error = await fromFetchResponse(new Response(body, { status: 418 }));
    expect(error).toBeInstanceOf(UnknownJssError);
    expect(error).toMatchObject({ code: 'NotARealJssCode', message: 'odd', httpStatus: 418, requestId: 'R1' });
  });

  it('keeps the server wait hint for the retry helper', async () => {
    const body = '<Error><Code>SlowDown</Code></Error>';
    const error = await fromFetchResponse(
      new Response(body, { status: 400, headers: { 'x-amz-retry-after': '1500' } }),
    );
    expect((error as unknown as { retryAfterHintMs: number }).retryAfterHintMs).toBe(1500);
  });
});

describe('errors inside a 200', () => {
  it('jssFetch types them for CopyObject', async () => {
    server.plan({ code: 'InternalError', asStatus200: true });
    const error = await failure(request(objectUrl, { method: 'PUT', operation: 'CopyObject' }));
    expect(isJssError(error, 'InternalError')).toBe(true);
    expect(error.retryable).toBe(true);
  });

  it('jssFetch leaves a 200 alone for other operations', async () => {
    server.plan({ code: 'InternalError', asStatus200: true });
    const response = await request(objectUrl, { operation: 'GetObject' });
    expect(response.status).toBe(200);
  });

  it('the AWS plugin types them for CopyObject', async () => {
    const s3 = new S3Client({
      endpoint: server.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      maxAttempts: 1,
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
    });
    s3.middlewareStack.use(jssErrors());
    server.plan({ code: 'InternalError', asStatus200: true });
    const error = await failure(
      s3.send(new CopyObjectCommand({ Bucket: BUCKET, Key: KEY, CopySource: `${BUCKET}/src` })),
    );
    expect(isJssError(error, 'InternalError')).toBe(true);
    expect(error.params).toEqual({});
  });
});
