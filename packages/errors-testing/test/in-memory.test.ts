import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { errorInfo } from '@jss/error-codes';
import { type JssMock, startJssMock } from '@jss/errors-testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { awsClient, minioClient, rejection } from './support/clients.js';

let mock: JssMock;
beforeAll(async () => {
  mock = await startJssMock({ buckets: ['photos'] });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const s3 = () => awsClient(mock);
const put = (Key: string, Body: string) => s3().send(new PutObjectCommand({ Bucket: 'photos', Key, Body }));

describe('missing things answer as JSS does', () => {
  it('GET and HEAD of a missing key: NoSuchKey (HEAD bodiless, 404)', async () => {
    const get = await rejection(s3().send(new GetObjectCommand({ Bucket: 'photos', Key: 'missing.jpg' })));
    expect(get.name).toBe('NoSuchKey');
    expect(get.message).toBe(errorInfo.NoSuchKey.message);
    expect(get.Resource).toBe('/photos/missing.jpg');
    const head = await rejection(s3().send(new HeadObjectCommand({ Bucket: 'photos', Key: 'missing.jpg' })));
    expect(head.$metadata.httpStatusCode).toBe(404);
    expect(head.name).toBe('NotFound');
    expect(mock.requests.map((r) => [r.operation, r.code])).toEqual([
      ['GetObject', 'NoSuchKey'],
      ['HeadObject', 'NoSuchKey'],
    ]);
    const minio = minioClient(mock);
    expect((await rejection(minio.getObject('photos', 'missing.jpg'))).code).toBe('NoSuchKey');
    expect((await rejection(minio.statObject('photos', 'missing.jpg'))).code).toBe('NotFound');
  });

  it('a missing bucket: NoSuchBucket, for objects and for HEAD Bucket', async () => {
    const get = await rejection(s3().send(new GetObjectCommand({ Bucket: 'nope', Key: 'k' })));
    expect(get.name).toBe('NoSuchBucket');
    const head = await rejection(s3().send(new HeadBucketCommand({ Bucket: 'nope' })));
    expect(head.$metadata.httpStatusCode).toBe(404);
    expect(mock.requests.map((r) => r.code)).toEqual(['NoSuchBucket', 'NoSuchBucket']);
    expect((await rejection(minioClient(mock).listObjectsV2('nope').toArray())).code).toBe('NoSuchBucket');
  });

  it('deleting a non-empty bucket: BucketNotEmpty; with only an upload pending, its multipartUploads variant', async () => {
    await put('a.txt', 'a');
    const full = await rejection(s3().send(new DeleteBucketCommand({ Bucket: 'photos' })));
    expect(full.name).toBe('BucketNotEmpty');
    expect(full.message).toBe(errorInfo.BucketNotEmpty.message);
    expect((await rejection(minioClient(mock).removeBucket('photos'))).code).toBe('BucketNotEmpty');
    await s3().send(new DeleteObjectCommand({ Bucket: 'photos', Key: 'a.txt' }));
    const upload = await s3().send(new CreateMultipartUploadCommand({ Bucket: 'photos', Key: 'big' }));
    const pending = await rejection(s3().send(new DeleteBucketCommand({ Bucket: 'photos' })));
    expect(pending.name).toBe('BucketNotEmpty');
    expect(pending.message).toBe(errorInfo.BucketNotEmpty.variants.multipartUploads);
    await s3().send(new AbortMultipartUploadCommand({ Bucket: 'photos', Key: 'big', UploadId: upload.UploadId }));
    await s3().send(new DeleteBucketCommand({ Bucket: 'photos' }));
    expect(mock.requests.at(-1)).toMatchObject({ operation: 'DeleteBucket', status: 204 });
  });

  it('a range past the end: InvalidRange; several ranges: NotSupportMultiRange', async () => {
    await put('r', '0123456789');
    const part = await s3().send(new GetObjectCommand({ Bucket: 'photos', Key: 'r', Range: 'bytes=2-4' }));
    expect(await part.Body?.transformToString()).toBe('234');
    expect(part.ContentRange).toBe('bytes 2-4/10');
    const past = await rejection(s3().send(new GetObjectCommand({ Bucket: 'photos', Key: 'r', Range: 'bytes=10-' })));
    expect(past.name).toBe('InvalidRange');
    expect(past.$metadata.httpStatusCode).toBe(416);
    const multi = await rejection(
      s3().send(new GetObjectCommand({ Bucket: 'photos', Key: 'r', Range: 'bytes=0-1,3-4' })),
    );
    expect(multi.name).toBe('NotSupportMultiRange');
    // Both 416s send every header the catalog declares for them: `bytes */<size>`.
    for (const [error, code] of [
      [past, 'InvalidRange'],
      [multi, 'NotSupportMultiRange'],
    ] as const) {
      const { header } = errorInfo[code].wire.contentRange;
      expect(error.$response?.headers[header.toLowerCase()], code).toBe('bytes */10');
    }
  });

  it('a failed If-Match: PreconditionFailed; a matching If-None-Match: 304', async () => {
    const { ETag } = await put('c', 'content');
    const wrong = await rejection(s3().send(new GetObjectCommand({ Bucket: 'photos', Key: 'c', IfMatch: '"0"' })));
    expect(wrong.name).toBe('PreconditionFailed');
    expect(wrong.$metadata.httpStatusCode).toBe(412);
    const right = await s3().send(new GetObjectCommand({ Bucket: 'photos', Key: 'c', IfMatch: ETag }));
    expect(await right.Body?.transformToString()).toBe('content');
    const same = await rejection(s3().send(new GetObjectCommand({ Bucket: 'photos', Key: 'c', IfNoneMatch: ETag })));
    expect(same.$metadata.httpStatusCode).toBe(304);
    const head = await rejection(s3().send(new HeadObjectCommand({ Bucket: 'photos', Key: 'c', IfMatch: '"0"' })));
    expect(head.$metadata.httpStatusCode).toBe(412);
  });

  it('creating a bucket twice: BucketAlreadyOwnedByYou; a bad name: InvalidBucketName', async () => {
    const twice = await rejection(s3().send(new CreateBucketCommand({ Bucket: 'photos' })));
    expect(twice.name).toBe('BucketAlreadyOwnedByYou');
    const bad = await rejection(s3().send(new CreateBucketCommand({ Bucket: 'Bad_Name' })));
    expect(bad.name).toBe('InvalidBucketName');
  });

  it('an operation it does not perform: NotImplemented', async () => {
    const res = await fetch(`${mock.url}/photos?cors`);
    expect(res.status).toBe(501);
    expect(await res.text()).toContain('<Code>NotImplemented</Code>');
    expect(mock.requests[0]?.operation).toBe('GetBucketCors');
  });
});

describe('the common operations work', () => {
  it('buckets, objects, HEAD, copy, list with prefix, delimiter and pages', async () => {
    await s3().send(new CreateBucketCommand({ Bucket: 'docs' }));
    const buckets = await s3().send(new ListBucketsCommand({}));
    expect(buckets.Buckets?.map((b) => b.Name)).toEqual(['photos', 'docs']);
    const keys = ['a/1.txt', 'a/2.txt', 'a/b/3.txt', 'c & <d>.txt', 'z.txt'];
    for (const key of keys) await put(key, key);
    const head = await s3().send(new HeadObjectCommand({ Bucket: 'photos', Key: 'z.txt' }));
    expect(head.ContentLength).toBe(5);
    await s3().send(new CopyObjectCommand({ Bucket: 'docs', Key: 'copy', CopySource: 'photos/c%20%26%20%3Cd%3E.txt' }));
    expect(mock.objectBody('docs', 'copy')?.toString()).toBe('c & <d>.txt');
    const all = await s3().send(new ListObjectsV2Command({ Bucket: 'photos' }));
    expect(all.Contents?.map((c) => c.Key)).toEqual(keys);
    const grouped = await s3().send(new ListObjectsV2Command({ Bucket: 'photos', Prefix: 'a/', Delimiter: '/' }));
    expect(grouped.Contents?.map((c) => c.Key)).toEqual(['a/1.txt', 'a/2.txt']);
    expect(grouped.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['a/b/']);
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await s3().send(
        new ListObjectsV2Command({ Bucket: 'photos', MaxKeys: 2, ContinuationToken: token }),
      );
      seen.push(...(page.Contents ?? []).map((c) => c.Key!));
      token = page.NextContinuationToken;
    } while (token !== undefined);
    expect(seen).toEqual(keys);
    const minioKeys = (await minioClient(mock).listObjectsV2('photos', '', true).toArray()).map((o) => o.name);
    expect(minioKeys).toEqual(keys);
  });

  it('hostile keys never break a listing, a Resource or a header', async () => {
    const keys = ['a&b<c>]]>', 'ctl\u0001\u001f', 'quote"\'', 'cr\rlf\n', '%zz', '照片 🐱'];
    for (const key of keys) await put(key, 'x');
    const listed = await s3().send(new ListObjectsV2Command({ Bucket: 'photos' }));
    // XML cannot carry C0 controls: they arrive as U+FFFD; CR survives as &#13;.
    const expected = keys.map((k) => k.replace(/[\u0001\u001f]/g, '\uFFFD')).sort();
    expect(listed.Contents?.map((c) => c.Key)).toEqual(expected);
    const minioKeys = (await minioClient(mock).listObjectsV2('photos', '', true).toArray()).map((o) => o.name);
    expect(minioKeys).toHaveLength(keys.length);
    const missing = await rejection(s3().send(new GetObjectCommand({ Bucket: 'photos', Key: 'no<pe>&\r\n' })));
    expect(missing.name).toBe('NoSuchKey');
    expect(missing.Resource).toBe('/photos/no%3Cpe%3E%26%0D%0A');
  });

  it('multipart upload with the SDK and with minio', async () => {
    const created = await s3().send(new CreateMultipartUploadCommand({ Bucket: 'photos', Key: 'mp' }));
    const partBody = 'p'.repeat(5 * 1024 * 1024);
    const uploadId = created.UploadId!;
    const p1 = await s3().send(
      new UploadPartCommand({ Bucket: 'photos', Key: 'mp', UploadId: uploadId, PartNumber: 1, Body: partBody }),
    );
    const p2 = await s3().send(
      new UploadPartCommand({ Bucket: 'photos', Key: 'mp', UploadId: uploadId, PartNumber: 2, Body: 'tail' }),
    );
    const done = await s3().send(
      new CompleteMultipartUploadCommand({
        Bucket: 'photos',
        Key: 'mp',
        UploadId: uploadId,
        MultipartUpload: {
          Parts: [
            { PartNumber: 1, ETag: p1.ETag },
            { PartNumber: 2, ETag: p2.ETag },
          ],
        },
      }),
    );
    expect(done.ETag).toMatch(/-2"$/);
    expect(mock.objectBody('photos', 'mp')?.length).toBe(partBody.length + 4);
    const unknown = await rejection(
      s3().send(
        new CompleteMultipartUploadCommand({
          Bucket: 'photos',
          Key: 'mp',
          UploadId: 'nope',
          MultipartUpload: { Parts: [] },
        }),
      ),
    );
    expect(unknown.name).toBe('NoSuchUpload');
    // minio-js switches to multipart above 64 MiB (after looking for an upload to resume).
    await minioClient(mock).putObject('photos', 'big', Buffer.alloc(65 * 1024 * 1024, 1));
    expect(mock.objectBody('photos', 'big')?.length).toBe(65 * 1024 * 1024);
    const big = mock.requests.filter((r) => r.key === 'big').map((r) => [r.operation, r.status]);
    expect(big).toEqual([
      ['CreateMultipartUpload', 200],
      ['UploadPart', 200],
      ['CompleteMultipartUpload', 200],
    ]);
  });
});
