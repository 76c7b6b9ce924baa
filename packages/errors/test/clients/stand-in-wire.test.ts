// The details an S3 error carries, read by the real clients from the stand-in (@jss/errors-testing,
// answering through @jss/errors-server): InvalidRange with its size and Content-Range, a failed
// condition, an unknown upload.
import { AbortMultipartUploadCommand, GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { InvalidRangeError, NoSuchUploadError, PreconditionFailedError } from '@jss/errors';
import { jssErrors } from '@jss/errors/aws-sdk';
import { jssFetch } from '@jss/errors/fetch';
import { withJssErrors } from '@jss/errors/minio';
import { afterAll, describe, expect, it } from 'vitest';
import { awsClient, minioClient } from './support/clients.js';
import { type StandIn, startStandIn } from './support/stand-in.js';
import { rejection } from './support/rejection.js';

const standIn: StandIn = await startStandIn(['photos']);
afterAll(() => standIn.close());
standIn.putObject('photos', 'ten.txt', '0123456789');

const s3: S3Client = awsClient(standIn.url, { maxAttempts: 1 });
s3.middlewareStack.use(jssErrors());
const minio = withJssErrors(minioClient(standIn.url));
const request = jssFetch();
const url = `${standIn.url}/photos/ten.txt`;

describe('InvalidRange: a range past the end of a 10-byte object', () => {
  const expected = { range: 'bytes=100-200', actualObjectSize: 10, contentRange: 'bytes */10' };

  it('the AWS SDK: size and range from the body, Content-Range from $response', async () => {
    const error = await rejection(
      s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'ten.txt', Range: 'bytes=100-200' })),
    );
    expect(error).toBeInstanceOf(InvalidRangeError);
    expect(error.httpStatus).toBe(416);
    expect(error.params).toEqual(expected);
    // The SDK's own members stay as the SDK made them: text.
    expect((error as unknown as Record<string, unknown>).ActualObjectSize).toBe('10');
  });

  it('fetch: the same, from the body and the headers', async () => {
    const error = await rejection(request(url, { headers: { range: 'bytes=100-200' } }));
    expect(error).toBeInstanceOf(InvalidRangeError);
    expect(error.params).toEqual(expected);
  });

  it('minio: size and range from the body; minio keeps no Content-Range', async () => {
    const error = await rejection(minio.getPartialObject('photos', 'ten.txt', 100, 101));
    expect(error).toBeInstanceOf(InvalidRangeError);
    expect(error.params).toEqual({ range: expected.range, actualObjectSize: 10 });
  });
});

describe('PreconditionFailed: the condition that failed', () => {
  it('the AWS SDK', async () => {
    const error = await rejection(
      s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'ten.txt', IfMatch: '"nope"' })),
    );
    expect(error).toBeInstanceOf(PreconditionFailedError);
    expect((error as PreconditionFailedError).condition).toBe('If-Match');
  });

  it('fetch', async () => {
    const error = await rejection(request(url, { headers: { 'if-match': '"nope"' } }));
    expect(error).toBeInstanceOf(PreconditionFailedError);
    expect((error as PreconditionFailedError).condition).toBe('If-Match');
  });
});

describe('NoSuchUpload: the upload id the server did not find', () => {
  it('minio (its call gives no upload id to the adapter: only the body has it)', async () => {
    const error = await rejection(minio.abortMultipartUpload('photos', 'ten.txt', 'no-such-upload-1'));
    expect(error).toBeInstanceOf(NoSuchUploadError);
    expect((error as NoSuchUploadError).uploadId).toBe('no-such-upload-1');
  });

  it('the AWS SDK', async () => {
    const error = await rejection(
      s3.send(new AbortMultipartUploadCommand({ Bucket: 'photos', Key: 'ten.txt', UploadId: 'no-such-upload-2' })),
    );
    expect(error).toBeInstanceOf(NoSuchUploadError);
    expect((error as NoSuchUploadError).uploadId).toBe('no-such-upload-2');
  });
});
