import { request } from 'node:http';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { errorInfo } from '@jss/error-codes';
import { type JssMock, startJssMock } from '@jss/errors-testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { awsClient, rejection } from './support/clients.js';

let mock: JssMock;
beforeAll(async () => {
  mock = await startJssMock({ buckets: ['photos'] });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.reset();
  mock.putObject('photos', 'k', 'stored');
});

/** Status, headers and the bytes received, or the socket error when the connection broke. */
function raw(
  path: string,
): Promise<{ status?: number; headers?: Record<string, unknown>; body: string; error?: string }> {
  return new Promise((resolve) => {
    let body = '';
    let status: number | undefined;
    let headers: Record<string, unknown> | undefined;
    request(`${mock.url}${path}`, (res) => {
      status = res.statusCode;
      headers = res.headers;
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status, headers, body }));
      res.on('error', (e) => resolve({ status, headers, body, error: (e as NodeJS.ErrnoException).code ?? e.message }));
    })
      .on('error', (e) => resolve({ status, headers, body, error: (e as NodeJS.ErrnoException).code ?? e.message }))
      .end();
  });
}

describe('answer effects', () => {
  it('retryAfter replaces the catalog Retry-After; null removes it', async () => {
    mock.use({ key: 'k', call: { nth: 1 }, answer: { code: 'SlowDown', retryAfter: 7 } });
    mock.use({ key: 'k', call: { nth: 1 }, answer: { code: 'SlowDown', retryAfter: null } });
    mock.use({ key: 'k', call: { nth: 1 }, answer: { code: 'SlowDown' } });
    const [seven, none, catalog] = [await raw('/photos/k'), await raw('/photos/k'), await raw('/photos/k')];
    expect(seven.headers?.['retry-after']).toBe('7');
    expect(none.headers?.['retry-after']).toBeUndefined();
    expect(catalog.headers?.['retry-after']).toBe(String(errorInfo.SlowDown.retryAfter));
    expect(none.body).toContain('<Code>SlowDown</Code>');
  });

  it('drop closes the connection without an answer; the SDK sees a network error', async () => {
    mock.use({ operation: 'GetObject', answer: { connection: 'drop' } });
    const dropped = await raw('/photos/k');
    expect(dropped.status).toBeUndefined();
    expect(dropped.error).toBe('ECONNRESET');
    const sdk = await rejection(awsClient(mock).send(new GetObjectCommand({ Bucket: 'photos', Key: 'k' })));
    expect(sdk.$metadata?.httpStatusCode).toBeUndefined();
    expect(mock.requests.map((r) => r.delivery)).toEqual(['dropped', 'dropped']);
  });

  it('truncate sends half the body under the full Content-Length, error or success', async () => {
    mock.use({ key: 'k', call: { nth: 1 }, answer: { code: 'InternalError', connection: 'truncate' } });
    mock.use({ key: 'k', call: { nth: 1 }, answer: { connection: 'truncate' } });
    const error = await raw('/photos/k');
    expect(error.status).toBe(500);
    expect(error.body.length).toBeLessThan(Number(error.headers?.['content-length']));
    expect(error.error).toBe('ECONNRESET');
    const success = await raw('/photos/k');
    expect(success.status).toBe(200);
    expect(success.body).toBe('sto');
    expect(Number(success.headers?.['content-length'])).toBe(6);
    expect(mock.requests.map((r) => [r.delivery, r.code])).toEqual([
      ['truncated', 'InternalError'],
      ['truncated', undefined],
    ]);
  });

  it('delayMs answers later, then the in-memory JSS answers', async () => {
    mock.use({ key: 'k', answer: { delayMs: 300 } });
    mock.putObject('photos', 'fast', 'quick');
    const finished: string[] = [];
    const slow = raw('/photos/k').then((r) => finished.push(r.body));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const fast = raw('/photos/fast').then((r) => finished.push(r.body));
    await Promise.all([slow, fast]);
    // The delayed request arrived first and was answered last, by the in-memory JSS.
    expect(finished).toEqual(['quick', 'stored']);
    expect(mock.requests.map((r) => [r.seq, r.key])).toEqual([
      [2, 'fast'],
      [1, 'k'],
    ]);
  });

  it('inside200: CompleteMultipartUpload fails inside a 200, and the SDK reports the code', async () => {
    mock.use({ operation: 'CompleteMultipartUpload', answer: { code: 'InternalError', inside200: true } });
    const s3 = awsClient(mock);
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'photos', Key: 'mp' }));
    const part = await s3.send(
      new UploadPartCommand({ Bucket: 'photos', Key: 'mp', UploadId, PartNumber: 1, Body: 'x' }),
    );
    const error = await rejection(
      s3.send(
        new CompleteMultipartUploadCommand({
          Bucket: 'photos',
          Key: 'mp',
          UploadId,
          MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] },
        }),
      ),
    );
    expect(error.name).toBe('InternalError');
    expect(error.message).toBe(errorInfo.InternalError.message);
    expect(mock.calls('CompleteMultipartUpload')[0]).toMatchObject({ status: 200, code: 'InternalError' });
    expect(mock.objectBody('photos', 'mp')).toBeUndefined();
  });
});
