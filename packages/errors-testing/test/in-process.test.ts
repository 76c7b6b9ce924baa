import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  waitUntilObjectExists,
} from '@aws-sdk/client-s3';
import { InternalError, NoSuchKeyError } from '@jss/errors';
import { jssErrors } from '@jss/errors/aws-sdk';
import { jssFetch } from '@jss/errors/fetch';
import { createInProcessJssMock, type InProcessJssMock, type JssMock, startJssMock } from '@jss/errors-testing';
import { jssRequestHandler } from '@jss/errors-testing/aws-sdk';
import * as Minio from 'minio';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { awsClient, CREDENTIALS, type ClientError, minioClient, rejection } from './support/clients.js';

const Bucket = 'photos';

let mock: InProcessJssMock;
let served: JssMock;
beforeAll(async () => {
  mock = createInProcessJssMock({ buckets: [Bucket] });
  served = await startJssMock({ buckets: [Bucket] });
});
afterAll(async () => {
  await mock.close();
  await served.close();
});
beforeEach(() => {
  mock.reset();
  served.reset();
});

function inProcessClient(maxAttempts = 1): S3Client {
  return new S3Client({
    endpoint: mock.url,
    region: 'us-east-1',
    forcePathStyle: true,
    maxAttempts,
    credentials: CREDENTIALS,
    requestHandler: jssRequestHandler(mock),
  });
}

/** Open TCP handles of this process (sockets and listening servers). */
const tcpHandles = () => process.getActiveResourcesInfo().filter((r) => r.startsWith('TCP')).length;

describe('the AWS SDK through jssRequestHandler', () => {
  it('stores and reads objects with no socket opened', async () => {
    const before = tcpHandles();
    const s3 = inProcessClient();
    await s3.send(new PutObjectCommand({ Bucket, Key: 'a.txt', Body: 'hello' }));
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'a.txt' }));
    expect(await got.Body?.transformToString()).toBe('hello');
    expect(tcpHandles()).toBe(before);
    expect(mock.objectBody(Bucket, 'a.txt')?.toString()).toBe('hello');
    expect(mock.calls().map((r) => [r.operation, r.status])).toEqual([
      ['PutObject', 200],
      ['GetObject', 200],
    ]);
  });

  it('throws what the same client throws over a socket', async () => {
    for (const Command of [GetObjectCommand, HeadObjectCommand]) {
      const fromMemory = await rejection(inProcessClient().send(new Command({ Bucket, Key: 'missing' })));
      const fromSocket = await rejection(awsClient(served).send(new Command({ Bucket, Key: 'missing' })));
      const facts = (e: ClientError) => ({
        class: e.constructor,
        name: e.name,
        message: e.message,
        status: e.$metadata.httpStatusCode,
        fault: e.$fault,
        fields: { ...e, $metadata: undefined, $response: undefined, RequestId: undefined },
      });
      expect(facts(fromMemory), Command.name).toEqual(facts(fromSocket));
    }
  });

  it('runs the retry middleware and the jssErrors() plugin', async () => {
    mock.use({ operation: 'PutObject', call: { first: 1 }, answer: { code: 'InternalError' } });
    const s3 = inProcessClient(2);
    await s3.send(new PutObjectCommand({ Bucket, Key: 'b.txt', Body: 'b' }));
    expect(mock.calls('PutObject').map((r) => r.status)).toEqual([500, 200]);
    mock.reset();
    const typed = inProcessClient();
    typed.middlewareStack.use(jssErrors());
    mock.use({ operation: 'PutObject', answer: { code: 'InternalError' } });
    const error = await rejection(typed.send(new PutObjectCommand({ Bucket, Key: 'b.txt', Body: 'b' })));
    expect(error).toBeInstanceOf(InternalError);
    const missing = await rejection(typed.send(new GetObjectCommand({ Bucket, Key: 'nope' })));
    expect(missing).toBeInstanceOf(NoSuchKeyError);
  });

  it('runs a waiter until the object appears', async () => {
    const s3 = inProcessClient();
    setTimeout(() => mock.putObject(Bucket, 'late.txt', 'x'), 50);
    const result = await waitUntilObjectExists(
      { client: s3, maxWaitTime: 10, minDelay: 1 },
      { Bucket, Key: 'late.txt' },
    );
    expect(result.state).toBe('SUCCESS');
    expect(mock.calls('HeadObject').at(-1)?.status).toBe(200);
  });

  it('sees a dropped connection as a socket error, and a truncated body as an incomplete one', async () => {
    const s3 = inProcessClient();
    mock.use({ operation: 'GetObject', call: { first: 1 }, answer: { connection: 'drop' } });
    const dropped = await rejection(s3.send(new GetObjectCommand({ Bucket, Key: 'x' })));
    expect(dropped.$metadata?.httpStatusCode).toBeUndefined();
    expect(dropped.message).toMatch(/socket hang up|ECONNRESET/);
    mock.putObject(Bucket, 'big.bin', 'x'.repeat(10_000));
    mock.use({ operation: 'GetObject', answer: { connection: 'truncate' } });
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'big.bin' }));
    await expect(got.Body!.transformToString()).rejects.toThrow();
  });
});

describe('fetch', () => {
  it('answers through jssFetch with the typed error and the stored bytes', async () => {
    mock.putObject(Bucket, 'c.txt', 'cat');
    const typed = jssFetch(mock.fetch);
    const ok = await typed(`${mock.url}/${Bucket}/c.txt`);
    expect(await ok.text()).toBe('cat');
    const error = await rejection(typed(`${mock.url}/${Bucket}/none.txt`));
    expect(error).toBeInstanceOf(NoSuchKeyError);
    const head = await mock.fetch(`${mock.url}/${Bucket}/none.txt`, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([404, '']);
  });

  it('sends a body and honours an abort signal', async () => {
    const put = await mock.fetch(`${mock.url}/${Bucket}/d.txt`, { method: 'PUT', body: 'dog' });
    expect(put.status).toBe(200);
    expect(mock.objectBody(Bucket, 'd.txt')?.toString()).toBe('dog');
    mock.use({ answer: { delayMs: 5_000 } });
    const aborted = mock.fetch(`${mock.url}/${Bucket}/d.txt`, { signal: AbortSignal.timeout(20) });
    await expect(aborted).rejects.toMatchObject({ name: expect.stringMatching(/AbortError|TimeoutError/) });
  });
});

describe('minio-js through transportAgent', () => {
  it('reads, writes and reports errors with no socket', async () => {
    const client = new Minio.Client({
      endPoint: 'jss-mock.invalid',
      useSSL: false,
      accessKey: CREDENTIALS.accessKeyId,
      secretKey: CREDENTIALS.secretAccessKey,
      region: 'us-east-1',
      pathStyle: true,
      transportAgent: mock.agent,
      retryOptions: { disableRetry: true },
    });
    await client.putObject(Bucket, 'm.txt', Buffer.from('minio'));
    const stream = await client.getObject(Bucket, 'm.txt');
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('minio');
    const fromMemory = await rejection(client.statObject(Bucket, 'none'));
    const fromSocket = await rejection(minioClient(served).statObject(Bucket, 'none'));
    expect([fromMemory.code, fromMemory.message]).toEqual([fromSocket.code, fromSocket.message]);
  });
});
