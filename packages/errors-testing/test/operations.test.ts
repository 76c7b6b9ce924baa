import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as S3 from '@aws-sdk/client-s3';
import { s3Operations } from '@jss/error-codes';
import { type JssMock, type S3Operation, supportedOperations, startJssMock } from '@jss/errors-testing';
import * as Minio from 'minio';
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
/**
 * One input for every command: each serializes only its own members, so the bucket, key, upload,
 * part number and configuration id reach the commands that have them.
 */
const ANY_INPUT = { Bucket, Key, UploadId, PartNumber: 1, Id: 'cfg', AnnotationName: 'note' };
/** Inputs with a body or a header the command needs to be told apart. */
const INPUTS: Record<string, object> = {
  PutObject: { ...ANY_INPUT, Body: 'x' },
  UploadPart: { ...ANY_INPUT, Body: 'x' },
  CopyObject: { ...ANY_INPUT, CopySource: `${Bucket}/other` },
  UploadPartCopy: { ...ANY_INPUT, CopySource: `${Bucket}/other` },
  DeleteObjects: { Bucket, Delete: { Objects: [{ Key }] } },
  CompleteMultipartUpload: { ...ANY_INPUT, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"e"' }] } },
  WriteGetObjectResponse: { RequestRoute: 'r', RequestToken: 't', Body: 'x' },
  // With a bucket, the SDK would first ask for an S3 Express session (CreateSession).
  ListDirectoryBuckets: {},
};
/** Commands the wire cannot tell from another: ListDirectoryBuckets is `GET /` as ListBuckets is. */
const SAME_ON_THE_WIRE: Record<string, S3Operation> = { ListDirectoryBuckets: 'ListBuckets' };
/** Not an SDK command: browser form uploads, and what S3 has no operation for. */
const NOT_SDK_COMMANDS: S3Operation[] = ['PostObject', 'Unknown'];

type AnyCommand = new (input: object) => S3.GetObjectCommand;
/** Every command of the real AWS SDK, read from its exports: the S3 API as the SDK knows it. */
const COMMANDS = Object.entries(S3 as unknown as Record<string, unknown>)
  .filter(([name, value]) => /^[A-Z]\w+Command$/.test(name) && typeof value === 'function')
  .map(([name, value]) => ({ operation: name.slice(0, -'Command'.length), Command: value as AnyCommand }));

/** The real SDK, sending every command to the stand-in (the host prefix of WriteGetObjectResponse off). */
function everyCommandClient(): S3.S3Client {
  return awsClient(mock, 1, { disableHostPrefix: true });
}

describe('the operation is decided from method, path and query as S3 does', () => {
  it('every command of the AWS SDK is known by its name (path-style)', async () => {
    expect(COMMANDS.length).toBeGreaterThan(100);
    const named = COMMANDS.map((c) => SAME_ON_THE_WIRE[c.operation] ?? c.operation);
    expect([...new Set(named)].sort()).toEqual(
      s3Operations.filter((o) => !NOT_SDK_COMMANDS.includes(o as S3Operation)).sort(),
    );
    mock.use({ name: 'deny', answer: { code: 'AccessDenied' } });
    const s3 = everyCommandClient();
    for (const { operation, Command } of COMMANDS) {
      const error = await rejection(s3.send(new Command(INPUTS[operation] ?? ANY_INPUT)));
      expect(error.$metadata?.httpStatusCode, `${operation}: ${error.message}`).toBe(403);
      expect(mock.requests.at(-1)?.operation, operation).toBe(SAME_ON_THE_WIRE[operation] ?? operation);
    }
    expect(mock.requests.length).toBe(COMMANDS.length);
    expect(mock.requests.every((r) => r.rule === 'deny')).toBe(true);
  });

  it('every command it does not emulate answers NotImplemented and changes nothing', async () => {
    const s3 = everyCommandClient();
    const notEmulated = COMMANDS.filter(
      (c) => !supportedOperations.includes(SAME_ON_THE_WIRE[c.operation] ?? (c.operation as S3Operation)),
    );
    expect(notEmulated.length).toBeGreaterThan(80);
    for (const { operation, Command } of notEmulated) {
      mock.reset();
      mock.putObject(Bucket, Key, 'data');
      const error = await rejection(s3.send(new Command(INPUTS[operation] ?? ANY_INPUT)));
      expect([error.name, error.$metadata?.httpStatusCode], `${operation}: ${error.message}`).toEqual([
        'NotImplemented',
        501,
      ]);
      expect(mock.objectBody(Bucket, Key)?.toString(), operation).toBe('data');
      expect(mock.requests.at(-1)?.code, operation).toBe('NotImplemented');
    }
  });

  it('the README lists exactly the operations emulated', async () => {
    const readme = await readFile(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Without rules'),
      readme.indexOf('\n## ', readme.indexOf('## Without rules') + 1),
    );
    const listed = [...section.matchAll(/^\| ([^|]+) \|/gm)].flatMap((row) =>
      [...row[1]!.matchAll(/`(\w+)`/g)].map((m) => m[1]!),
    );
    expect(listed.sort()).toEqual([...supportedOperations].sort());
  });

  it('the NotImplemented body names the operation, and DELETE of a version deletes nothing', async () => {
    mock.putObject(Bucket, Key, 'data');
    const res = await fetch(`${mock.url}/${Bucket}/${Key}?tagging`, { method: 'DELETE' });
    const body = await res.text();
    expect(res.status).toBe(501);
    expect(body).toContain('<Code>NotImplemented</Code>');
    expect(body).toContain('<Operation>DeleteObjectTagging</Operation>');
    const version = await fetch(`${mock.url}/${Bucket}/${Key}?versionId=v1`, { method: 'DELETE' });
    expect(version.status).toBe(501);
    expect(mock.objectBody(Bucket, Key)?.toString()).toBe('data');
  });

  it('minio-js: tagging, encryption, retention and legal hold answer NotImplemented and keep the data', async () => {
    const minio = minioClient(mock);
    mock.putObject(Bucket, Key, 'data');
    const calls: Array<[string, () => Promise<unknown>]> = [
      ['PutObjectTagging', () => minio.setObjectTagging(Bucket, Key, { team: 'blue' })],
      ['DeleteObjectTagging', () => minio.removeObjectTagging(Bucket, Key, { versionId: '' })],
      ['GetObjectTagging', () => minio.getObjectTagging(Bucket, Key)],
      ['PutBucketTagging', () => minio.setBucketTagging(Bucket, { team: 'blue' })],
      ['DeleteBucketTagging', () => minio.removeBucketTagging(Bucket)],
      ['PutBucketEncryption', () => minio.setBucketEncryption(Bucket)],
      ['DeleteBucketEncryption', () => minio.removeBucketEncryption(Bucket)],
      [
        'PutObjectRetention',
        () =>
          minio.putObjectRetention(Bucket, Key, {
            versionId: '',
            mode: Minio.RETENTION_MODES.GOVERNANCE,
            retainUntilDate: '2030-01-01T00:00:00Z',
          }),
      ],
      // Typed `void`, but it returns the request's promise.
      ['PutObjectLegalHold', async () => minio.setObjectLegalHold(Bucket, Key, { status: 'ON' }) as unknown],
    ];
    for (const [operation, call] of calls) {
      const error = await rejection(call());
      expect(error.code, operation).toBe('NotImplemented');
      expect(mock.requests.at(-1)?.operation).toBe(operation);
      expect(mock.objectBody(Bucket, Key)?.toString(), operation).toBe('data');
    }
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
