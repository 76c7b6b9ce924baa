import * as S3 from '@aws-sdk/client-s3';
import { type JssMock, S3_OPERATIONS, type S3Operation, startJssMock } from '@jss/errors-testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { awsClient, minioClient, rejection } from './support/clients.js';

let mock: JssMock;
beforeAll(async () => {
  mock = await startJssMock({ buckets: ['photos'] });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const Bucket = 'photos';
const Key = 'dir/a.txt';
const UploadId = 'u1';
/** The input of each SDK command: the operation is named after the command. */
const inputs: Partial<Record<S3Operation, object>> = {
  ListBuckets: {},
  CreateBucket: { Bucket },
  DeleteBucket: { Bucket },
  HeadBucket: { Bucket },
  ListObjects: { Bucket },
  ListObjectsV2: { Bucket },
  ListObjectVersions: { Bucket },
  ListMultipartUploads: { Bucket },
  GetBucketLocation: { Bucket },
  GetBucketAcl: { Bucket },
  PutBucketAcl: { Bucket, ACL: 'private' },
  GetBucketVersioning: { Bucket },
  PutBucketVersioning: { Bucket, VersioningConfiguration: { Status: 'Enabled' } },
  GetBucketCors: { Bucket },
  PutBucketCors: { Bucket, CORSConfiguration: { CORSRules: [{ AllowedMethods: ['GET'], AllowedOrigins: ['*'] }] } },
  DeleteBucketCors: { Bucket },
  GetBucketWebsite: { Bucket },
  PutBucketWebsite: { Bucket, WebsiteConfiguration: { IndexDocument: { Suffix: 'index.html' } } },
  DeleteBucketWebsite: { Bucket },
  GetBucketPolicy: { Bucket },
  PutBucketPolicy: { Bucket, Policy: '{}' },
  DeleteBucketPolicy: { Bucket },
  GetBucketLifecycleConfiguration: { Bucket },
  PutBucketLifecycleConfiguration: { Bucket, LifecycleConfiguration: { Rules: [] } },
  DeleteBucketLifecycle: { Bucket },
  GetBucketReplication: { Bucket },
  PutBucketReplication: { Bucket, ReplicationConfiguration: { Role: 'r', Rules: [] } },
  DeleteBucketReplication: { Bucket },
  DeleteObjects: { Bucket, Delete: { Objects: [{ Key }] } },
  GetObject: { Bucket, Key },
  HeadObject: { Bucket, Key },
  PutObject: { Bucket, Key, Body: 'x' },
  CopyObject: { Bucket, Key, CopySource: `${Bucket}/other` },
  DeleteObject: { Bucket, Key },
  GetObjectAcl: { Bucket, Key },
  PutObjectAcl: { Bucket, Key, ACL: 'private' },
  RestoreObject: { Bucket, Key, RestoreRequest: { Days: 1 } },
  CreateMultipartUpload: { Bucket, Key },
  UploadPart: { Bucket, Key, UploadId, PartNumber: 1, Body: 'x' },
  UploadPartCopy: { Bucket, Key, UploadId, PartNumber: 1, CopySource: `${Bucket}/other` },
  CompleteMultipartUpload: { Bucket, Key, UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"e"' }] } },
  AbortMultipartUpload: { Bucket, Key, UploadId },
  ListParts: { Bucket, Key, UploadId },
};
/** Not an SDK command: browser form uploads, and what S3 has no operation for. */
const NOT_SDK_COMMANDS: S3Operation[] = ['PostObject', 'Unknown'];

describe('the operation is decided from method, path and query as S3 does', () => {
  it('every operation, as the AWS SDK sends its command (path-style)', async () => {
    expect(Object.keys(inputs).sort()).toEqual(S3_OPERATIONS.filter((o) => !NOT_SDK_COMMANDS.includes(o)).sort());
    mock.use({ name: 'deny', answer: { code: 'AccessDenied' } });
    const s3 = awsClient(mock);
    for (const [operation, input] of Object.entries(inputs)) {
      const Command = (S3 as unknown as Record<string, new (input: object) => S3.GetObjectCommand>)[
        `${operation}Command`
      ]!;
      const error = await rejection(s3.send(new Command(input)));
      expect(error.$metadata.httpStatusCode, operation).toBe(403);
      expect(mock.requests.at(-1)?.operation, operation).toBe(operation);
    }
    expect(mock.requests.length).toBe(Object.keys(inputs).length);
    expect(mock.requests.every((r) => r.rule === 'deny')).toBe(true);
  });

  it('minio-js calls are recognised too', async () => {
    const minio = minioClient(mock);
    await minio.putObject(Bucket, Key, Buffer.from('x'));
    await minio.statObject(Bucket, Key);
    await minio.listObjectsV2(Bucket, '', true).toArray();
    await minio.removeObject(Bucket, Key);
    await minio.bucketExists(Bucket);
    expect(mock.requests.map((r) => r.operation)).toEqual([
      'PutObject',
      'HeadObject',
      'ListObjectsV2',
      'DeleteObject',
      'HeadBucket',
    ]);
  });
});

describe('rules match on bucket, key and headers', () => {
  const statusOf = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${mock.url}${path}`, { headers });
    await res.arrayBuffer();
    return res.status;
  };

  it('key: exact, prefix, glob', async () => {
    mock.use(
      { key: 'exact.txt', answer: { code: 'AccessDenied' } },
      { key: { prefix: 'logs/' }, answer: { code: 'SlowDown' } },
      { key: { glob: 'img/*/thumb-?.jpg' }, answer: { code: 'InvalidRange' } },
      { key: { glob: 'deep/**.bin' }, answer: { code: 'NotImplemented' } },
    );
    expect(await statusOf('/photos/exact.txt')).toBe(403);
    expect(await statusOf('/photos/exact.txt2')).toBe(404);
    expect(await statusOf('/photos/logs/2024/x')).toBe(400);
    expect(await statusOf('/photos/img/a/thumb-1.jpg')).toBe(416);
    expect(await statusOf('/photos/img/a/b/thumb-1.jpg')).toBe(404);
    expect(await statusOf('/photos/img/a/thumb-12.jpg')).toBe(404);
    expect(await statusOf('/photos/deep/a/b/c.bin')).toBe(501);
    expect(await statusOf('/photos/deep/a/b/c.bin.txt')).toBe(404);
  });

  it('bucket and headers (exact, pattern, present)', async () => {
    mock.createBucket('other');
    mock.use(
      { bucket: 'other', answer: { code: 'AccessDenied' } },
      { headers: { 'X-Tenant': 'blue' }, answer: { code: 'AccountProblem' } },
      { headers: { range: /^bytes=9/ }, answer: { code: 'InvalidRange' } },
      { headers: { 'x-debug': true }, answer: { code: 'InternalError' } },
    );
    expect(await statusOf('/other/k')).toBe(403);
    expect(await statusOf('/photos/k', { 'x-tenant': 'blue' })).toBe(403);
    expect(await statusOf('/photos/k', { 'x-tenant': 'Blue' })).toBe(404);
    expect(await statusOf('/photos/k', { range: 'bytes=90-' })).toBe(416);
    expect(await statusOf('/photos/k', { 'x-debug': '' })).toBe(500);
    expect(mock.requests.map((r) => r.code)).toEqual([
      'AccessDenied',
      'AccountProblem',
      'NoSuchKey',
      'InvalidRange',
      'InternalError',
    ]);
  });
});
