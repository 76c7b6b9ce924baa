import { DeleteObjectsCommand } from '@aws-sdk/client-s3';
import { errorInfo } from '@jss/error-codes';
import { type JssMock, startJssMock } from '@jss/errors-testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { awsClient, minioClient } from './support/clients.js';

let mock: JssMock;
beforeAll(async () => {
  mock = await startJssMock({ buckets: ['photos'] });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.reset();
  for (const key of ['a.txt', 'locked.txt', 'logs/1']) mock.putObject('photos', key, key);
});

const deleteObjects = (keys: string[], Quiet?: boolean) =>
  awsClient(mock).send(
    new DeleteObjectsCommand({ Bucket: 'photos', Delete: { Objects: keys.map((Key) => ({ Key })), Quiet } }),
  );

describe('DeleteObjects (POST /bucket?delete)', () => {
  it('deletes every key, a missing one included, and lists each as Deleted', async () => {
    const result = await deleteObjects(['a.txt', 'missing', 'logs/1']);
    expect(result.Deleted?.map((d) => d.Key)).toEqual(['a.txt', 'missing', 'logs/1']);
    expect(result.Errors ?? []).toEqual([]);
    expect(mock.objectBody('photos', 'a.txt')).toBeUndefined();
    expect(mock.objectBody('photos', 'logs/1')).toBeUndefined();
    expect(mock.objectBody('photos', 'locked.txt')?.toString()).toBe('locked.txt');
  });

  it('a rule with a key condition fails just those keys, with its code and the catalog message; they stay', async () => {
    mock.use(
      { operation: 'DeleteObjects', key: 'locked.txt', answer: { code: 'AccessDenied' } },
      { operation: 'DeleteObjects', key: { prefix: 'logs/' }, answer: { code: 'InternalError' } },
    );
    const result = await deleteObjects(['a.txt', 'locked.txt', 'logs/1']);
    expect(result.Deleted?.map((d) => d.Key)).toEqual(['a.txt']);
    expect(result.Errors).toEqual([
      { Key: 'locked.txt', Code: 'AccessDenied', Message: errorInfo.AccessDenied.message },
      { Key: 'logs/1', Code: 'InternalError', Message: errorInfo.InternalError.message },
    ]);
    expect(mock.objectBody('photos', 'a.txt')).toBeUndefined();
    expect(mock.objectBody('photos', 'locked.txt')?.toString()).toBe('locked.txt');
    expect(mock.objectBody('photos', 'logs/1')?.toString()).toBe('logs/1');
  });

  it('call conditions count keys: the 2nd key fails', async () => {
    mock.use({ operation: 'DeleteObjects', key: { prefix: '' }, call: { nth: 2 }, answer: { code: 'SlowDown' } });
    const result = await deleteObjects(['a.txt', 'locked.txt', 'logs/1']);
    expect(result.Errors?.map((e) => [e.Key, e.Code])).toEqual([['locked.txt', 'SlowDown']]);
  });

  it('Quiet mode lists only the failures', async () => {
    mock.use({ operation: 'DeleteObjects', key: 'locked.txt', answer: { code: 'AccessDenied' } });
    const result = await deleteObjects(['a.txt', 'locked.txt'], true);
    expect(result.Deleted ?? []).toEqual([]);
    expect(result.Errors?.map((e) => e.Key)).toEqual(['locked.txt']);
    expect(mock.objectBody('photos', 'a.txt')).toBeUndefined();
  });

  it('a rule without a key condition answers the whole request', async () => {
    mock.use({ operation: 'DeleteObjects', answer: { code: 'AccessDenied' } });
    await expect(deleteObjects(['a.txt'])).rejects.toMatchObject({ name: 'AccessDenied' });
    expect(mock.objectBody('photos', 'a.txt')?.toString()).toBe('a.txt');
  });

  it('a key given with a version is not emulated: NotImplemented for that key, which stays', async () => {
    const result = await awsClient(mock).send(
      new DeleteObjectsCommand({ Bucket: 'photos', Delete: { Objects: [{ Key: 'a.txt', VersionId: 'v1' }] } }),
    );
    expect(result.Errors?.map((e) => [e.Key, e.Code])).toEqual([['a.txt', 'NotImplemented']]);
    expect(mock.objectBody('photos', 'a.txt')?.toString()).toBe('a.txt');
  });

  it('minio-js removeObjects reports the failed keys', async () => {
    mock.use({ operation: 'DeleteObjects', key: 'locked.txt', answer: { code: 'AccessDenied' } });
    const results = await minioClient(mock).removeObjects('photos', ['a.txt', 'locked.txt']);
    expect(results.flat()).toEqual([
      expect.objectContaining({ Key: 'locked.txt', Code: 'AccessDenied', Message: errorInfo.AccessDenied.message }),
    ]);
    expect(mock.objectBody('photos', 'a.txt')).toBeUndefined();
    expect(mock.objectBody('photos', 'locked.txt')?.toString()).toBe('locked.txt');
  });
});
