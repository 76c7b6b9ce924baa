// ES modules: the in-process stand-in under the real S3Client, no port.
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createInProcessJssMock } from '@jss/errors-testing';
import { jssRequestHandler } from '@jss/errors-testing/aws-sdk';

const mock = createInProcessJssMock({ buckets: ['photos'] });
const s3 = new S3Client({
  endpoint: mock.url,
  region: 'us-east-1',
  forcePathStyle: true,
  maxAttempts: 1,
  credentials: { accessKeyId: 'AKIDJEST', secretAccessKey: 'jest' },
  requestHandler: jssRequestHandler(mock),
});
beforeEach(() => mock.reset());
afterAll(() => mock.close());

test('stores and reads an object', async () => {
  await s3.send(new PutObjectCommand({ Bucket: 'photos', Key: 'cat.jpg', Body: 'meow' }));
  const got = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'cat.jpg' }));
  expect(await got.Body.transformToString()).toBe('meow');
});

test('answers a rule', async () => {
  mock.use({ operation: 'GetObject', answer: { code: 'SlowDown' } });
  await expect(s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'cat.jpg' }))).rejects.toMatchObject({
    name: 'SlowDown',
    $metadata: { httpStatusCode: 400 },
  });
  expect(mock.calls('GetObject').map((r) => r.code)).toEqual(['SlowDown']);
});
