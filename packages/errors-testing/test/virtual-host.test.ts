import { Agent } from 'node:http';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type JssMock, startJssMock } from '@jss/errors-testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CREDENTIALS, rejection } from './support/clients.js';

let mock: JssMock;
beforeAll(async () => {
  mock = await startJssMock({ buckets: ['photos'] });
});
afterAll(() => mock.close());

// `photos.localhost` need not resolve on every machine: the agent sends every name to loopback.
const loopback = new Agent({
  lookup: (_host, options, callback) =>
    options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4),
});

it('the AWS SDK in virtual-host style: bucket from the Host header', async () => {
  const s3 = new S3Client({
    endpoint: mock.virtualHostUrl,
    region: 'us-east-1',
    forcePathStyle: false,
    maxAttempts: 1,
    credentials: CREDENTIALS,
    requestHandler: { httpAgent: loopback },
  });
  await s3.send(new PutObjectCommand({ Bucket: 'photos', Key: 'v/h.txt', Body: 'vh' }));
  const got = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'v/h.txt' }));
  expect(await got.Body?.transformToString()).toBe('vh');
  const list = await s3.send(new ListObjectsV2Command({ Bucket: 'photos' }));
  expect(list.Contents?.map((c) => c.Key)).toEqual(['v/h.txt']);
  const missing = await rejection(s3.send(new GetObjectCommand({ Bucket: 'absent', Key: 'k' })));
  expect(missing.name).toBe('NoSuchBucket');
  expect(mock.requests.map((r) => [r.headers.host?.split(':')[0], r.operation, r.bucket, r.key])).toEqual([
    ['photos.localhost', 'PutObject', 'photos', 'v/h.txt'],
    ['photos.localhost', 'GetObject', 'photos', 'v/h.txt'],
    ['photos.localhost', 'ListObjectsV2', 'photos', undefined],
    ['absent.localhost', 'GetObject', 'absent', 'k'],
  ]);
});
