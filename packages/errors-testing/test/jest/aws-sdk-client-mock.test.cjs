// CommonJS: a stub of send() that rejects with what the real S3Client would throw.
const { GetObjectCommand, NoSuchKey, S3Client, S3ServiceException } = require('@aws-sdk/client-s3');
const { NoSuchKeyError } = require('@jss/errors');
const { fromAwsSdkError } = require('@jss/errors/aws-sdk');
const { jssSdkError } = require('@jss/errors-testing/aws-sdk');
const { mockClient } = require('aws-sdk-client-mock');

const s3Mock = mockClient(S3Client);
afterEach(() => s3Mock.reset());
afterAll(() => s3Mock.restore());

/** The code under test: a missing object reads as null. */
async function readOrNull(s3, Key) {
  try {
    const got = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key }));
    return await got.Body.transformToString();
  } catch (error) {
    if (error instanceof NoSuchKey) return null;
    throw error;
  }
}

test('a stubbed NoSuchKey is the SDK class, with its metadata and body fields', async () => {
  s3Mock.on(GetObjectCommand).rejects(await jssSdkError('NoSuchKey', { requestId: 'JEST0000000000CJ' }));
  expect(await readOrNull(new S3Client({ region: 'us-east-1' }), 'a.jpg')).toBeNull();
  const error = await new S3Client({ region: 'us-east-1' })
    .send(new GetObjectCommand({ Bucket: 'photos', Key: 'a.jpg' }))
    .catch((e) => e);
  expect(error).toBeInstanceOf(S3ServiceException);
  expect(error.$metadata).toMatchObject({ httpStatusCode: 404, requestId: 'JEST0000000000CJ', attempts: 1 });
  expect(error.Code).toBe('NoSuchKey');
  expect(fromAwsSdkError(error)).toBeInstanceOf(NoSuchKeyError);
});

test('another code is not swallowed', async () => {
  s3Mock.on(GetObjectCommand).rejects(await jssSdkError('AccessDenied'));
  await expect(readOrNull(new S3Client({ region: 'us-east-1' }), 'a.jpg')).rejects.toMatchObject({
    name: 'AccessDenied',
    $metadata: { httpStatusCode: 403 },
  });
});
