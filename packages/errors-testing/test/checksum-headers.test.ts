// The AWS SDK's default checksum headers: accepted by default (the catalog's claim that JSS refuses
// them is unverified), refused on request with either code the catalog names.
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { startJssMock } from '@jss/errors-testing';
import { describe, expect, it } from 'vitest';
import { awsClient, rejection } from './support/clients.js';

const Bucket = 'photos';

async function withMock<T>(
  checksumHeaders: 'accept' | 'InvalidArgument' | 'NotImplemented' | undefined,
  test: (mock: Awaited<ReturnType<typeof startJssMock>>) => Promise<T>,
): Promise<T> {
  const mock = await startJssMock({ buckets: [Bucket], checksumHeaders });
  try {
    return await test(mock);
  } finally {
    await mock.close();
  }
}

describe('checksumHeaders', () => {
  it('default: a default-config PutObject (x-amz-checksum-crc32, x-amz-sdk-checksum-algorithm) is stored', async () => {
    await withMock(undefined, async (mock) => {
      await awsClient(mock).send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'x' }));
      const put = mock.calls('PutObject')[0]!;
      expect(put.headers['x-amz-checksum-crc32'], 'the SDK sent it').toBeDefined();
      expect(mock.objectBody(Bucket, 'k')?.toString()).toBe('x');
    });
  });

  for (const [code, status] of [
    ['InvalidArgument', 400],
    ['NotImplemented', 501],
  ] as const) {
    it(`${code}: refuses them with ${status}, stores nothing; WHEN_REQUIRED clients pass`, async () => {
      await withMock(code, async (mock) => {
        const error = await rejection(awsClient(mock).send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'x' })));
        expect([error.name, error.$metadata.httpStatusCode]).toEqual([code, status]);
        expect(mock.objectBody(Bucket, 'k')).toBeUndefined();
        const plain = awsClient(mock, 1, {
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        });
        await plain.send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'x' }));
        const got = await plain.send(new GetObjectCommand({ Bucket, Key: 'k' }));
        expect(await got.Body?.transformToString()).toBe('x');
      });
    });
  }

  it('a trailing checksum (x-amz-trailer) is refused too', async () => {
    await withMock('InvalidArgument', async (mock) => {
      const res = await fetch(`${mock.url}/${Bucket}/k`, {
        method: 'PUT',
        headers: {
          'content-encoding': 'aws-chunked',
          'x-amz-decoded-content-length': '1',
          'x-amz-trailer': 'x-amz-checksum-crc32',
        },
        body: '1\r\nx\r\n0\r\nx-amz-checksum-crc32:jHNlIQ==\r\n\r\n',
      });
      expect(res.status).toBe(400);
    });
  });

  it('an unknown value is a clear error', async () => {
    await expect(startJssMock({ checksumHeaders: 'strict' as never })).rejects.toThrow(/checksumHeaders/);
  });
});
