// Where the catalog says JSS refuses a request, the stand-in refuses it the same way; what S3
// conformance suites found it got wrong in listing and multipart.
import { createHash } from 'node:crypto';
import {
  CompleteMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
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

const md5 = (text: string) => createHash('md5').update(text).digest('base64');

describe('Content-MD5', () => {
  it('a digest that does not match the body is BadDigest, and nothing is stored', async () => {
    const error = await rejection(
      awsClient(mock).send(
        new PutObjectCommand({ Bucket: 'photos', Key: 'k', Body: 'data', ContentMD5: md5('other') }),
      ),
    );
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(['BadDigest', 400]);
    expect(mock.objectBody('photos', 'k')).toBeUndefined();
    await awsClient(mock).send(
      new PutObjectCommand({ Bucket: 'photos', Key: 'k', Body: 'data', ContentMD5: md5('data') }),
    );
    expect(mock.objectBody('photos', 'k')?.toString()).toBe('data');
  });

  it('a digest that is not the Base64 of 16 bytes is InvalidContentMD5Error', async () => {
    const res = await fetch(`${mock.url}/photos/k`, { method: 'PUT', body: 'data', headers: { 'content-md5': 'abc' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<Code>InvalidContentMD5Error</Code>');
  });
});

describe('bucket names', () => {
  const create = (Bucket: string, m = mock) => awsClient(m).send(new CreateBucketCommand({ Bucket }));

  // The oracle is the catalog's data, read here on its own: a catalog edit of the rule moves both.
  const rule = errorInfo.InvalidBucketName.constraints?.bucket;
  const allowed = (name: string) =>
    rule === undefined ||
    ([...name].length >= (rule.minLength ?? 0) &&
      [...name].length <= (rule.maxLength ?? Number.POSITIVE_INFINITY) &&
      new RegExp(rule.pattern ?? '', 'u').test(name));
  const names = ['my.bucket', '192.168.1.1', 'a--b', 'Upper', 'ab', 'abc', '-ab', 'ab-', 'a_b', 'my-bucket-1'];
  const lengths = [rule?.minLength, rule?.maxLength].flatMap((n) => (n === undefined ? [] : [n - 1, n, n + 1]));

  it.each([...names, ...lengths.filter((n) => n > 0).map((n) => 'a'.repeat(n))])(
    "%s: refused with InvalidBucketName exactly when the catalog's constraints.bucket says so",
    async (name) => {
      const result = await create(name).then(
        () => 'created',
        (error: Error & { $metadata: { httpStatusCode?: number } }) => [error.name, error.$metadata.httpStatusCode],
      );
      expect(result).toEqual(allowed(name) ? 'created' : ['InvalidBucketName', 400]);
    },
  );

  // minio checks names itself first; a dotted name passes its check and reaches the stand-in.
  it.skipIf(allowed('my.bucket'))('minio sees the same refusal', async () => {
    const minioError = await rejection(minioClient(mock).makeBucket('my.bucket'));
    expect(minioError.code).toBe('InvalidBucketName');
  });

  it("bucketNames: 's3' relaxes to S3's rules (dots allowed, not an IP)", async () => {
    const s3Mock = await startJssMock({ bucketNames: 's3' });
    try {
      await create('my.bucket', s3Mock);
      for (const name of ['192.168.1.1', 'a..b', 'a.-b']) {
        expect((await rejection(create(name, s3Mock))).name, name).toBe('InvalidBucketName');
      }
    } finally {
      await s3Mock.close();
    }
  });
});

describe('listing', () => {
  const get = async (query: string) => {
    const res = await fetch(`${mock.url}/photos?${query}`);
    return { status: res.status, body: await res.text() };
  };

  it('max-keys=0 lists nothing and is not truncated; an invalid max-keys is InvalidArgument', async () => {
    mock.putObject('photos', 'a', 'x');
    const zero = await get('list-type=2&max-keys=0');
    expect(zero.body).toContain('<IsTruncated>false</IsTruncated>');
    expect(zero.body).not.toContain('<Contents>');
    for (const bad of ['-1', 'ten', '1.5', '']) {
      const answer = await get(`max-keys=${bad}`);
      expect([answer.status, /<Code>(\w+)/.exec(answer.body)?.[1]], bad).toEqual([400, 'InvalidArgument']);
    }
  });

  it('StartAfter is echoed (v2); v1 echoes Prefix as sent, with encoding-type=url', async () => {
    for (const key of ['a', 'b', 'c']) mock.putObject('photos', key, 'x');
    const page = await awsClient(mock).send(new ListObjectsV2Command({ Bucket: 'photos', StartAfter: 'a' }));
    expect(page.StartAfter).toBe('a');
    expect(page.Contents?.map((c) => c.Key)).toEqual(['b', 'c']);
    const v1 = await get('prefix=a%20b%2B&encoding-type=url');
    expect(v1.body).toContain('<Prefix>a b+</Prefix>');
  });
});

describe('multipart', () => {
  it('the completed object keeps the Content-Type and x-amz-meta-* of CreateMultipartUpload', async () => {
    const s3 = awsClient(mock);
    const { UploadId } = await s3.send(
      new CreateMultipartUploadCommand({
        Bucket: 'photos',
        Key: 'k',
        ContentType: 'image/png',
        Metadata: { team: 'blue' },
      }),
    );
    const { ETag } = await s3.send(
      new UploadPartCommand({ Bucket: 'photos', Key: 'k', UploadId, PartNumber: 1, Body: 'x' }),
    );
    const complete = new CompleteMultipartUploadCommand({
      Bucket: 'photos',
      Key: 'k',
      UploadId,
      MultipartUpload: { Parts: [{ PartNumber: 1, ETag }] },
    });
    const first = await s3.send(complete);
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'photos', Key: 'k' }));
    expect([head.ContentType, head.Metadata]).toEqual(['image/png', { team: 'blue' }]);
    // A repeated Complete (a retry whose first answer was lost) gets the same answer, as S3 gives.
    const again = await s3.send(complete);
    expect(again.ETag).toBe(first.ETag);
  });

  it('a part number above 10,000 is TooManyParts, with the limit', async () => {
    const s3 = awsClient(mock);
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'photos', Key: 'k' }));
    const error = await rejection(
      s3.send(new UploadPartCommand({ Bucket: 'photos', Key: 'k', UploadId, PartNumber: 10_001, Body: 'x' })),
    );
    expect([error.name, error.$metadata.httpStatusCode, error.message]).toEqual([
      'TooManyParts',
      400,
      errorInfo.TooManyParts.message,
    ]);
    await s3.send(new UploadPartCommand({ Bucket: 'photos', Key: 'k', UploadId, PartNumber: 10_000, Body: 'x' }));
  });

  it('parts out of order are InvalidPartOrder even when a part is too small: the order is checked first', async () => {
    const s3 = awsClient(mock);
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'photos', Key: 'k' }));
    const parts: { PartNumber: number; ETag: string | undefined }[] = [];
    for (const PartNumber of [1, 2]) {
      const { ETag } = await s3.send(
        new UploadPartCommand({ Bucket: 'photos', Key: 'k', UploadId, PartNumber, Body: 'x' }),
      );
      parts.push({ PartNumber, ETag });
    }
    const complete = (Parts: typeof parts) =>
      rejection(
        s3.send(
          new CompleteMultipartUploadCommand({ Bucket: 'photos', Key: 'k', UploadId, MultipartUpload: { Parts } }),
        ),
      );
    expect((await complete([...parts].reverse())).name).toBe('InvalidPartOrder');
    expect((await complete(parts)).name).toBe('EntityTooSmall');
  });
});
