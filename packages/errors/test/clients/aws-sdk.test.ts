import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { errorInfo } from '@jss/error-codes';
import { errorClasses, isJssError, JssError, NoSuchBucketError, UnknownJssError } from '@jss/errors';
import { bodilessCodeFor } from '@jss/error-codes';
import { fromAwsSdkError, jssErrors } from '@jss/errors/aws-sdk';
import { awsClient } from './support/clients.js';
import { afterAll, describe, expect, it } from 'vitest';
import { BUCKET, catalogCases, expectedParams, KEY } from './support/expectations.js';
import { formatJssError, type JssTestServer, startJssTestServer } from './support/jss-test-server.js';
import { rejection } from './support/rejection.js';

const server: JssTestServer = await startJssTestServer();
afterAll(() => server.close());

const client = (plugin = true) => {
  const s3 = awsClient(server.endpoint, { maxAttempts: 1 });
  if (plugin) s3.middlewareStack.use(jssErrors());
  return s3;
};

const operations = [
  { name: 'GetObject', object: true, head: false, command: () => new GetObjectCommand({ Bucket: BUCKET, Key: KEY }) },
  {
    name: 'PutObject',
    object: true,
    head: false,
    command: () => new PutObjectCommand({ Bucket: BUCKET, Key: KEY, Body: 'x' }),
  },
  { name: 'ListObjectsV2', object: false, head: false, command: () => new ListObjectsV2Command({ Bucket: BUCKET }) },
  { name: 'HeadObject', object: true, head: true, command: () => new HeadObjectCommand({ Bucket: BUCKET, Key: KEY }) },
  { name: 'HeadBucket', object: false, head: true, command: () => new HeadBucketCommand({ Bucket: BUCKET }) },
] as const;

describe('AWS SDK v3 with jssErrors(): every catalog code and variant', () => {
  const s3 = client();
  for (const operation of operations) {
    it(`${operation.name}: class, code, message, status, request ids, placeholders`, async () => {
      for (const { code, variant, message } of catalogCases()) {
        const status = errorInfo[code].httpStatus;
        // Without Retry-After: a hinted bodiless answer is the retry tests' subject.
        server.plan({ code, variant, withoutRetryAfter: operation.head });
        const error = await rejection<unknown>(s3.send(operation.command() as GetObjectCommand));
        const label = `${operation.name} ${code}/${variant ?? '-'}`;
        expect(error, label).toBeInstanceOf(JssError);
        const jss = error as JssError<string> & { $metadata: Record<string, unknown> };
        // HEAD has no body: the client only knows the status; the operation picks the code.
        const expectedCode = operation.head ? (bodilessCodeFor(status, operation.name) ?? 'Unknown') : code;
        expect(jss.code, label).toBe(expectedCode);
        if (expectedCode === 'Unknown') expect(jss, label).toBeInstanceOf(UnknownJssError);
        else expect(jss, label).toBeInstanceOf(errorClasses[expectedCode as typeof code]);
        if (!operation.head) expect(jss.message, label).toBe(message);
        if (!operation.head && variant !== undefined) expect(jss.variant, label).toBe(variant);
        expect(jss.httpStatus, label).toBe(status);
        expect(jss.requestId, label).toBe(server.lastRequestId());
        expect(jss.$metadata.requestId, label).toBe(server.lastRequestId());
        expect(jss.$metadata.httpStatusCode, label).toBe(status);
        expect(jss.hostId, label).toBe(jss.$metadata.extendedRequestId);
        expect(jss, label).toBeInstanceOf(S3ServiceException);
        if (expectedCode !== 'Unknown') {
          const params = expectedParams(expectedCode as typeof code, operation.object);
          expect(jss.params, label).toEqual(params);
          // Every placeholder the call knows is filled; a List call knows no key.
          const zh = formatJssError(jss, { locale: 'zh' });
          for (const [name, value] of Object.entries(params)) {
            expect(zh, label).not.toContain(`{${name}}`);
            expect(zh, label).toContain(String(value));
          }
        }
        if (!operation.head) expect((jss as unknown as Record<string, unknown>).Code, label).toBe(code);
      }
    });
  }

  it('says which bucket is missing, in Chinese', async () => {
    server.plan({ code: 'NoSuchBucket' });
    const error = await rejection<unknown>(s3.send(new ListObjectsV2Command({ Bucket: BUCKET })));
    expect(isJssError(error, 'NoSuchBucket')).toBe(true);
    expect(formatJssError(error, { locale: 'zh' })).toBe(`指定的 Bucket ${BUCKET} 不存在。`);
  });

  it('HEAD Bucket 404 is NoSuchBucket, HEAD Object 404 is NoSuchKey', async () => {
    server.plan({ code: 'NoSuchBucket' });
    const bucket = await rejection<unknown>(s3.send(new HeadBucketCommand({ Bucket: BUCKET })));
    expect(bucket).toBeInstanceOf(NoSuchBucketError);
    server.plan({ code: 'NoSuchBucket' });
    const object = await rejection<unknown>(s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: KEY })));
    expect(isJssError(object, 'NoSuchKey')).toBe(true);
    expect((object as JssError<string>).params).toEqual({ key: KEY });
  });

  it('keeps the attempt count the SDK reports', async () => {
    server.plan({ code: 'NoSuchKey' });
    const error = (await rejection<unknown>(s3.send(operations[0].command()))) as { $metadata: { attempts: number } };
    expect(error.$metadata.attempts).toBe(1);
  });

  it("is the SDK's own error, with the JSS view added", async () => {
    server.plan({ code: 'NoSuchKey' });
    const error = (await rejection<unknown>(s3.send(operations[0].command()))) as JssError<string> &
      Record<string, unknown>;
    expect(error.name).toBe('NoSuchKey');
    expect(error).toBeInstanceOf(NoSuchKey);
    expect(error).toBeInstanceOf(S3ServiceException);
    expect(error.code).toBe('NoSuchKey');
    expect(error.Code).toBe('NoSuchKey');
    expect(error.$fault).toBe('client');
    expect(Object.keys(error)).not.toContain('code');
    expect((error.$response as { statusCode: number }).statusCode).toBe(404);
  });
});

describe('fromAwsSdkError without the plugin', () => {
  it('converts what the bare SDK throws, keeping the SDK error as cause', async () => {
    const bare = client(false);
    server.plan({ code: 'BucketNotEmpty', variant: 'acl' });
    const raw = await rejection<unknown>(bare.send(new GetObjectCommand({ Bucket: BUCKET, Key: KEY })));
    expect(raw).toBeInstanceOf(S3ServiceException);
    expect(isJssError(raw)).toBe(false);
    const error = fromAwsSdkError(raw, { input: { Bucket: BUCKET }, commandName: 'GetObjectCommand' });
    expect(isJssError(error, 'BucketNotEmpty')).toBe(true);
    expect(error?.variant).toBe('acl');
    expect(error?.params).toEqual({ bucket: BUCKET });
    expect(error?.cause).toBe(raw);
  });

  it("carries the SDK error's frames under its own name, and takes a stack assigned to it", async () => {
    server.plan({ code: 'NoSuchKey' });
    const raw = (await rejection<unknown>(
      client(false).send(new GetObjectCommand({ Bucket: BUCKET, Key: KEY })),
    )) as Error;
    const limit = Error.stackTraceLimit;
    const error = fromAwsSdkError(raw) as JssError<string>;
    expect(Error.stackTraceLimit).toBe(limit);
    const [header, ...frames] = (error.stack ?? '').split('\n');
    expect(header).toBe(`${error.name}: ${error.message}`);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.join('\n')).toBe((raw.stack ?? '').split('\n').slice(1).join('\n'));
    error.stack = 'replaced';
    expect(error.stack).toBe('replaced');
    const noStack = fromAwsSdkError({ name: 'NoSuchKey', $fault: 'client', $metadata: { httpStatusCode: 404 } });
    expect(noStack?.stack).toBe(`NoSuchKeyError: ${noStack?.message}`);
  });

  it('leaves errors that did not come from a response alone', () => {
    expect(fromAwsSdkError(new TypeError('bad argument'))).toBeUndefined();
    expect(fromAwsSdkError('text')).toBeUndefined();
  });

  it('keeps an unknown code, its message, status and request id', () => {
    const raw = Object.assign(new Error('Not a real one'), {
      name: 'NotARealJssCode',
      Code: 'NotARealJssCode',
      $fault: 'client',
      $metadata: { httpStatusCode: 418, requestId: 'REQ1', extendedRequestId: 'HOST1' },
    });
    const error = fromAwsSdkError(raw);
    expect(error).toBeInstanceOf(UnknownJssError);
    expect(error).toMatchObject({ code: 'NotARealJssCode', message: 'Not a real one', httpStatus: 418 });
    expect(error).toMatchObject({ requestId: 'REQ1', hostId: 'HOST1' });
  });

  it('matches codes case-insensitively and through aliases', () => {
    const raw = { name: 'nosuchbucketpolicy', $fault: 'client', $metadata: { httpStatusCode: 404 } };
    expect(isJssError(fromAwsSdkError(raw), 'NotSuchBucketPolicy')).toBe(true);
  });
});
