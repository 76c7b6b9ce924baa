// GET/HEAD `?partNumber=N` and ListObjectsV2 `fetch-owner`, as S3 answers them.
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { rejection } from './support/clients.js';
import { sharedMock } from './support/shared-mock.js';

const Bucket = 'photos';
const stand = sharedMock({ buckets: [Bucket] });
const { s3 } = stand;
const MIB5 = 5 * 1024 * 1024;

describe('partNumber', () => {
  /** An object of two parts: 5 MiB of 'a', then 'bcd'. */
  async function twoParts(): Promise<void> {
    const { UploadId } = await s3().send(new CreateMultipartUploadCommand({ Bucket, Key: 'big' }));
    const bodies = [Buffer.alloc(MIB5, 'a'), Buffer.from('bcd')];
    const Parts = [];
    for (const [i, Body] of bodies.entries()) {
      const { ETag } = await s3().send(
        new UploadPartCommand({ Bucket, Key: 'big', UploadId, PartNumber: i + 1, Body }),
      );
      Parts.push({ PartNumber: i + 1, ETag });
    }
    await s3().send(new CompleteMultipartUploadCommand({ Bucket, Key: 'big', UploadId, MultipartUpload: { Parts } }));
  }

  it('on an object uploaded in parts: that part, 206, Content-Range and the parts count', async () => {
    await twoParts();
    const second = await s3().send(new GetObjectCommand({ Bucket, Key: 'big', PartNumber: 2 }));
    expect(second.$metadata.httpStatusCode).toBe(206);
    expect([second.ContentRange, second.ContentLength, second.PartsCount]).toEqual([
      `bytes ${MIB5}-${MIB5 + 2}/${MIB5 + 3}`,
      3,
      2,
    ]);
    expect(await second.Body?.transformToString()).toBe('bcd');
    const first = await s3().send(new HeadObjectCommand({ Bucket, Key: 'big', PartNumber: 1 }));
    expect([first.$metadata.httpStatusCode, first.ContentRange, first.ContentLength, first.PartsCount]).toEqual([
      206,
      `bytes 0-${MIB5 - 1}/${MIB5 + 3}`,
      MIB5,
      2,
    ]);
    const beyond = await rejection(s3().send(new GetObjectCommand({ Bucket, Key: 'big', PartNumber: 3 })));
    expect(beyond.$metadata.httpStatusCode).toBe(416);
  });

  it('on a simple object: part 1 is the whole object (206, no parts count), part 2 a 416', async () => {
    await s3().send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'whole' }));
    const one = await s3().send(new GetObjectCommand({ Bucket, Key: 'k', PartNumber: 1 }));
    expect([one.$metadata.httpStatusCode, one.ContentRange, one.PartsCount]).toEqual([206, 'bytes 0-4/5', undefined]);
    expect(await one.Body?.transformToString()).toBe('whole');
    const two = await rejection(s3().send(new GetObjectCommand({ Bucket, Key: 'k', PartNumber: 2 })));
    expect([two.name, two.$metadata.httpStatusCode]).toEqual(['InvalidRange', 416]);
  });

  it('part 1 of an empty object: 200 with the empty body (no range can name zero bytes)', async () => {
    stand.mock.putObject(Bucket, 'empty', '');
    const res = await fetch(`${stand.mock.url}/${Bucket}/empty?partNumber=1`);
    expect([res.status, res.headers.get('content-range'), await res.text()]).toEqual([200, null, '']);
  });

  it('not an integer from 1 to 10,000: InvalidArgument; with a Range as well: a 400', async () => {
    await s3().send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'whole' }));
    for (const n of ['0', '10001', 'abc', '1.5', '-1']) {
      const res = await fetch(`${stand.mock.url}/${Bucket}/k?partNumber=${n}`);
      expect(res.status, n).toBe(400);
      expect(await res.text(), n).toContain('<Code>InvalidArgument</Code>');
    }
    const both = await rejection(
      s3().send(new GetObjectCommand({ Bucket, Key: 'k', PartNumber: 1, Range: 'bytes=0-1' })),
    );
    expect(both.$metadata.httpStatusCode).toBe(400);
  });
});

describe('owners in listings', () => {
  it('ListObjectsV2 names each owner only with fetch-owner=true; ListObjects always', async () => {
    await s3().send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'x' }));
    const plain = await s3().send(new ListObjectsV2Command({ Bucket }));
    expect(plain.Contents?.[0]?.Owner).toBeUndefined();
    const owned = await s3().send(new ListObjectsV2Command({ Bucket, FetchOwner: true }));
    expect(owned.Contents?.[0]?.Owner).toEqual({ ID: 'jss-mock', DisplayName: 'jss-mock' });
    const v1 = await s3().send(new ListObjectsCommand({ Bucket }));
    expect(v1.Contents?.[0]?.Owner?.ID).toBe('jss-mock');
  });
});
