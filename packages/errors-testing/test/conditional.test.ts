// Conditional requests as S3 answers them: GET/HEAD (RFC 9110's order), conditional writes
// (PutObject, CompleteMultipartUpload) and CopyObject's conditions on its source.
import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  type GetObjectCommandInput,
  HeadObjectCommand,
  PutObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { rejection } from './support/clients.js';
import { sharedMock } from './support/shared-mock.js';

const Bucket = 'photos';
const stand = sharedMock({ buckets: [Bucket] });
const { s3 } = stand;
const seconds = (n: number) => n * 1000;

/** Puts `k` and answers its ETag and Last-Modified, as HEAD gives them. */
async function stored(body = 'content'): Promise<{ etag: string; modified: Date }> {
  await s3().send(new PutObjectCommand({ Bucket, Key: 'k', Body: body }));
  const head = await s3().send(new HeadObjectCommand({ Bucket, Key: 'k' }));
  return { etag: head.ETag!, modified: head.LastModified! };
}

/** The status GET and HEAD answer with these conditions (the same for both). */
async function statusOf(conditions: Partial<GetObjectCommandInput>): Promise<number> {
  const statuses: number[] = [];
  for (const command of [
    new GetObjectCommand({ Bucket, Key: 'k', ...conditions }),
    new HeadObjectCommand({ Bucket, Key: 'k', ...conditions }),
  ]) {
    try {
      statuses.push((await s3().send(command as GetObjectCommand)).$metadata.httpStatusCode!);
    } catch (error) {
      statuses.push((error as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode);
    }
  }
  expect(statuses[1], 'HEAD as GET').toBe(statuses[0]);
  return statuses[0]!;
}

describe('GET and HEAD', () => {
  it('If-Match: 412 when no tag matches (a weak tag never does), 200 for the ETag or *', async () => {
    const { etag } = await stored();
    expect(await statusOf({ IfMatch: '"0"' })).toBe(412);
    expect(await statusOf({ IfMatch: `W/${etag}` })).toBe(412);
    expect(await statusOf({ IfMatch: `"0", ${etag}` })).toBe(200);
    expect(await statusOf({ IfMatch: '*' })).toBe(200);
    const failed = await rejection(s3().send(new GetObjectCommand({ Bucket, Key: 'k', IfMatch: '"0"' })));
    expect(failed.name).toBe('PreconditionFailed');
  });

  it('If-None-Match: 304 for the ETag (weakly compared) or *, else 200', async () => {
    const { etag } = await stored();
    expect(await statusOf({ IfNoneMatch: etag })).toBe(304);
    expect(await statusOf({ IfNoneMatch: `W/${etag}` })).toBe(304);
    expect(await statusOf({ IfNoneMatch: '*' })).toBe(304);
    expect(await statusOf({ IfNoneMatch: '"0"' })).toBe(200);
  });

  it('If-Modified-Since: 304 unless modified after it; a date in the future is ignored', async () => {
    const { modified } = await stored();
    expect(await statusOf({ IfModifiedSince: modified })).toBe(304);
    expect(await statusOf({ IfModifiedSince: new Date(modified.getTime() - seconds(60)) })).toBe(200);
    expect(await statusOf({ IfModifiedSince: new Date(Date.now() + seconds(3600)) })).toBe(200);
  });

  it('If-Unmodified-Since: 412 when modified after it', async () => {
    const { modified } = await stored();
    expect(await statusOf({ IfUnmodifiedSince: new Date(modified.getTime() - seconds(60)) })).toBe(412);
    expect(await statusOf({ IfUnmodifiedSince: modified })).toBe(200);
  });

  it('precedence: If-Match over If-Unmodified-Since, If-None-Match over If-Modified-Since, If-Match first', async () => {
    const { etag, modified } = await stored();
    const before = new Date(modified.getTime() - seconds(60));
    // S3's documented pairs: If-Match true + If-Unmodified-Since false → 200;
    expect(await statusOf({ IfMatch: etag, IfUnmodifiedSince: before })).toBe(200);
    // If-None-Match false + If-Modified-Since true → 304.
    expect(await statusOf({ IfNoneMatch: etag, IfModifiedSince: before })).toBe(304);
    // If-None-Match true makes If-Modified-Since ignored.
    expect(await statusOf({ IfNoneMatch: '"0"', IfModifiedSince: modified })).toBe(200);
    expect(await statusOf({ IfMatch: '"0"', IfNoneMatch: etag })).toBe(412);
  });

  it('a missing key is NoSuchKey whatever the conditions', async () => {
    const error = await rejection(s3().send(new GetObjectCommand({ Bucket, Key: 'none', IfMatch: '"0"' })));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(['NoSuchKey', 404]);
  });

  it('a 304 carries the ETag and Last-Modified, no body', async () => {
    const { etag } = await stored();
    const res = await fetch(`${stand.mock.url}/${Bucket}/k`, { headers: { 'if-none-match': etag } });
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(etag);
    expect(res.headers.get('last-modified')).not.toBeNull();
    expect(await res.text()).toBe('');
  });
});

describe('conditional writes', () => {
  const put = (input: { IfMatch?: string; IfNoneMatch?: string }, Body = 'new') =>
    s3().send(new PutObjectCommand({ Bucket, Key: 'k', Body, ...input }));

  it('PUT If-None-Match: * creates, then refuses to overwrite (412, object kept)', async () => {
    await put({ IfNoneMatch: '*' }, 'first');
    const error = await rejection(put({ IfNoneMatch: '*' }, 'second'));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(['PreconditionFailed', 412]);
    expect(stand.mock.objectBody(Bucket, 'k')?.toString()).toBe('first');
  });

  it('PUT If-Match: the current ETag overwrites, another is 412, a missing key NoSuchKey', async () => {
    const { etag } = await stored('old');
    const wrong = await rejection(put({ IfMatch: '"0"' }));
    expect([wrong.name, wrong.$metadata.httpStatusCode]).toEqual(['PreconditionFailed', 412]);
    expect(stand.mock.objectBody(Bucket, 'k')?.toString()).toBe('old');
    await put({ IfMatch: etag });
    expect(stand.mock.objectBody(Bucket, 'k')?.toString()).toBe('new');
    const missing = await rejection(s3().send(new PutObjectCommand({ Bucket, Key: 'none', Body: 'x', IfMatch: etag })));
    expect([missing.name, missing.$metadata.httpStatusCode]).toEqual(['NoSuchKey', 404]);
    expect(stand.mock.objectBody(Bucket, 'none')).toBeUndefined();
  });

  it('If-None-Match other than * is NotImplemented (501), as S3 answers it, on PUT and Complete; nothing is written', async () => {
    const { etag } = await stored('old');
    for (const IfNoneMatch of [etag, '"0"']) {
      const error = await rejection(put({ IfNoneMatch }));
      expect([error.name, error.$metadata.httpStatusCode], IfNoneMatch).toEqual(['NotImplemented', 501]);
    }
    expect(stand.mock.objectBody(Bucket, 'k')?.toString()).toBe('old');
    const { UploadId } = await s3().send(new CreateMultipartUploadCommand({ Bucket, Key: 'k' }));
    const part = await s3().send(new UploadPartCommand({ Bucket, Key: 'k', UploadId, PartNumber: 1, Body: 'new' }));
    const Parts = [{ PartNumber: 1, ETag: part.ETag }];
    const complete = (IfNoneMatch: string) =>
      s3().send(
        new CompleteMultipartUploadCommand({ Bucket, Key: 'k', UploadId, MultipartUpload: { Parts }, IfNoneMatch }),
      );
    expect((await rejection(complete(etag))).$metadata.httpStatusCode).toBe(501);
    expect(stand.mock.objectBody(Bucket, 'k')?.toString()).toBe('old');
  });

  it('CompleteMultipartUpload honours If-None-Match: * and If-Match; the upload stays to retry', async () => {
    const { etag } = await stored('old');
    const { UploadId } = await s3().send(new CreateMultipartUploadCommand({ Bucket, Key: 'k' }));
    const part = await s3().send(new UploadPartCommand({ Bucket, Key: 'k', UploadId, PartNumber: 1, Body: 'new' }));
    const complete = (input: { IfMatch?: string; IfNoneMatch?: string }) =>
      s3().send(
        new CompleteMultipartUploadCommand({
          Bucket,
          Key: 'k',
          UploadId,
          MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] },
          ...input,
        }),
      );
    expect((await rejection(complete({ IfNoneMatch: '*' }))).$metadata.httpStatusCode).toBe(412);
    expect((await rejection(complete({ IfMatch: '"0"' }))).name).toBe('PreconditionFailed');
    expect(stand.mock.objectBody(Bucket, 'k')?.toString()).toBe('old');
    await complete({ IfMatch: etag });
    expect(stand.mock.objectBody(Bucket, 'k')?.toString()).toBe('new');

    const other = await s3().send(new CreateMultipartUploadCommand({ Bucket, Key: 'none' }));
    const error = await rejection(
      s3().send(new CompleteMultipartUploadCommand({ Bucket, Key: 'none', UploadId: other.UploadId, IfMatch: etag })),
    );
    expect(error.name).toBe('NoSuchKey');
  });
});

describe('CopyObject conditions', () => {
  const copy = (conditions: Record<string, unknown>) =>
    s3().send(new CopyObjectCommand({ Bucket, Key: 'copy', CopySource: `${Bucket}/k`, ...conditions }));
  const status = async (conditions: Record<string, unknown>) => {
    try {
      return (await copy(conditions)).$metadata.httpStatusCode;
    } catch (error) {
      return (error as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode;
    }
  };

  it('each condition that does not hold is 412, never 304, and nothing is copied', async () => {
    const { etag, modified } = await stored();
    const before = new Date(modified.getTime() - seconds(60));
    expect(await status({ CopySourceIfMatch: '"0"' })).toBe(412);
    expect(await status({ CopySourceIfNoneMatch: etag })).toBe(412);
    expect(await status({ CopySourceIfModifiedSince: modified })).toBe(412);
    expect(await status({ CopySourceIfUnmodifiedSince: before })).toBe(412);
    expect(stand.mock.objectBody(Bucket, 'copy')).toBeUndefined();
    const error = await rejection(copy({ CopySourceIfMatch: '"0"' }));
    expect(error.name).toBe('PreconditionFailed');
  });

  it('conditions that hold copy; S3 documents the pairs', async () => {
    const { etag, modified } = await stored();
    const before = new Date(modified.getTime() - seconds(60));
    expect(await status({ CopySourceIfMatch: etag })).toBe(200);
    expect(await status({ CopySourceIfNoneMatch: '"0"', CopySourceIfModifiedSince: before })).toBe(200);
    // if-match true + if-unmodified-since false: 200, copied.
    expect(await status({ CopySourceIfMatch: etag, CopySourceIfUnmodifiedSince: before })).toBe(200);
    // if-none-match false + if-modified-since true: 412.
    expect(await status({ CopySourceIfNoneMatch: etag, CopySourceIfModifiedSince: before })).toBe(412);
    expect(stand.mock.objectBody(Bucket, 'copy')?.toString()).toBe('content');
  });

  it('If-None-Match: * and If-Match apply to the destination, as on PutObject', async () => {
    const { etag } = await stored();
    await s3().send(new PutObjectCommand({ Bucket, Key: 'copy', Body: 'there' }));
    expect(await status({ IfNoneMatch: '*' })).toBe(412);
    expect(await status({ IfMatch: etag })).toBe(412);
    expect(stand.mock.objectBody(Bucket, 'copy')?.toString()).toBe('there');
    const missing = await rejection(
      s3().send(new CopyObjectCommand({ Bucket, Key: 'none', CopySource: `${Bucket}/k`, IfMatch: etag })),
    );
    expect(missing.name).toBe('NoSuchKey');
    expect(await status({ IfNoneMatch: '*', CopySourceIfMatch: etag, Key: 'new' })).toBe(200);
  });
});
