// The headers S3 keeps with an object and answers on GET/HEAD, and the `response-*` overrides.
import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  type HeadObjectCommandOutput,
  PutObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { sharedMock } from './support/shared-mock.js';

const Bucket = 'photos';
const stand = sharedMock({ buckets: [Bucket] });
const { s3 } = stand;
const EXPIRES = 'Wed, 21 Oct 2037 07:28:00 GMT';
const TEXT = {
  CacheControl: 'max-age=60',
  ContentDisposition: 'attachment; filename="cat.jpg"',
  ContentEncoding: 'gzip',
  ContentLanguage: 'en-GB',
};
const STORED = { ...TEXT, Expires: new Date(EXPIRES) };
/** What the SDK reads back: Expires as received in ExpiresString. */
const EXPECTED = { ...TEXT, ExpiresString: EXPIRES };

/** The stored headers GET and HEAD answer for `key` (the same for both). */
async function headersOf(Key: string) {
  const pick = (o: HeadObjectCommandOutput) => ({
    CacheControl: o.CacheControl,
    ContentDisposition: o.ContentDisposition,
    ContentEncoding: o.ContentEncoding,
    ContentLanguage: o.ContentLanguage,
    ExpiresString: o.ExpiresString,
  });
  const get = pick(await s3().send(new GetObjectCommand({ Bucket, Key })));
  expect(pick(await s3().send(new HeadObjectCommand({ Bucket, Key }))), 'HEAD as GET').toEqual(get);
  return get;
}

describe('stored headers', () => {
  it('PutObject keeps Cache-Control, Content-Disposition, Content-Encoding, Content-Language, Expires', async () => {
    await s3().send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'x', ...STORED }));
    expect(await headersOf('k')).toEqual(EXPECTED);
  });

  it('none is answered when none was stored', async () => {
    await s3().send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'x' }));
    const res = await fetch(`${stand.mock.url}/${Bucket}/k`);
    for (const name of ['cache-control', 'content-disposition', 'content-encoding', 'content-language', 'expires'])
      expect(res.headers.get(name), name).toBeNull();
  });

  it('aws-chunked is how a body was sent, not kept: only the other codings are', async () => {
    const put = (encoding: string) =>
      fetch(`${stand.mock.url}/${Bucket}/k`, {
        method: 'PUT',
        headers: { 'content-encoding': encoding, 'x-amz-decoded-content-length': '1' },
        body: '1\r\nx\r\n0\r\n\r\n',
      });
    await put('aws-chunked');
    expect((await fetch(`${stand.mock.url}/${Bucket}/k`)).headers.get('content-encoding')).toBeNull();
    await put('gzip,aws-chunked');
    const res = await fetch(`${stand.mock.url}/${Bucket}/k`);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    // The other codings are kept as sent, separators included.
    await put('deflate, aws-chunked, gzip');
    expect((await fetch(`${stand.mock.url}/${Bucket}/k`)).headers.get('content-encoding')).toBe('deflate, gzip');
    expect(stand.mock.objectBody(Bucket, 'k')?.toString()).toBe('x');
  });

  it('CreateMultipartUpload sets them on the completed object', async () => {
    const { UploadId } = await s3().send(new CreateMultipartUploadCommand({ Bucket, Key: 'k', ...STORED }));
    const part = await s3().send(new UploadPartCommand({ Bucket, Key: 'k', UploadId, PartNumber: 1, Body: 'x' }));
    await s3().send(
      new CompleteMultipartUploadCommand({
        Bucket,
        Key: 'k',
        UploadId,
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] },
      }),
    );
    expect(await headersOf('k')).toEqual(EXPECTED);
  });

  it("CopyObject keeps the source's, or with REPLACE takes the request's", async () => {
    await s3().send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'x', ...STORED }));
    await s3().send(new CopyObjectCommand({ Bucket, Key: 'kept', CopySource: `${Bucket}/k` }));
    expect(await headersOf('kept')).toEqual(EXPECTED);
    await s3().send(
      new CopyObjectCommand({
        Bucket,
        Key: 'replaced',
        CopySource: `${Bucket}/k`,
        MetadataDirective: 'REPLACE',
        CacheControl: 'no-store',
      }),
    );
    const replaced = await headersOf('replaced');
    expect(replaced.CacheControl).toBe('no-store');
    expect(replaced.ContentLanguage).toBeUndefined();
  });
});

describe('response-* overrides', () => {
  const OVERRIDES = {
    ResponseCacheControl: 'no-cache',
    ResponseContentDisposition: 'inline',
    ResponseContentEncoding: 'identity',
    ResponseContentLanguage: 'fr',
    ResponseContentType: 'text/plain',
    ResponseExpires: new Date('Thu, 01 Jan 2037 00:00:00 GMT'),
  };

  it('GET answers the header each names with its value, over the stored one', async () => {
    await s3().send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'x', ContentType: 'image/jpeg', ...STORED }));
    const got = await s3().send(new GetObjectCommand({ Bucket, Key: 'k', ...OVERRIDES }));
    expect({
      CacheControl: got.CacheControl,
      ContentDisposition: got.ContentDisposition,
      ContentEncoding: got.ContentEncoding,
      ContentLanguage: got.ContentLanguage,
      ContentType: got.ContentType,
      ExpiresString: got.ExpiresString,
    }).toEqual({
      CacheControl: 'no-cache',
      ContentDisposition: 'inline',
      ContentEncoding: 'identity',
      ContentLanguage: 'fr',
      ContentType: 'text/plain',
      ExpiresString: 'Thu, 01 Jan 2037 00:00:00 GMT',
    });
    expect(await got.Body?.transformToString()).toBe('x');
  });

  it('HEAD too; without them the stored headers are answered', async () => {
    await s3().send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'x', ContentType: 'image/jpeg' }));
    const res = await fetch(
      `${stand.mock.url}/${Bucket}/k?response-content-type=text%2Fplain&response-cache-control=no-cache`,
      {
        method: 'HEAD',
      },
    );
    expect([res.headers.get('content-type'), res.headers.get('cache-control')]).toEqual(['text/plain', 'no-cache']);
    expect((await s3().send(new HeadObjectCommand({ Bucket, Key: 'k' }))).ContentType).toBe('image/jpeg');
  });

  it('a value is sent as its UTF-8 bytes; one with a line break is InvalidArgument', async () => {
    await s3().send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'x' }));
    const url = `${stand.mock.url}/${Bucket}/k?response-content-disposition=`;
    const utf8 = await fetch(`${url}${encodeURIComponent("attachment; filename*=UTF-8''€.txt")}`);
    const bytes = Buffer.from(utf8.headers.get('content-disposition') ?? '', 'latin1');
    expect(bytes.toString('utf8')).toBe("attachment; filename*=UTF-8''€.txt");
    const broken = await fetch(`${url}a%0D%0Ab`);
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain('<Code>InvalidArgument</Code>');
  });
});
