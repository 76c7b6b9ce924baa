import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { errorInfo } from '@jss/error-codes';
import { type JssMock, startJssMock } from '@jss/errors-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogAnswers } from './support/catalog-cases.js';
import { awsClient, type ClientError, minioClient, rejection } from './support/clients.js';
import { type ReferenceServer, startReferenceServer } from './support/reference-server.js';

// A rule per code and variant, reported by the real clients exactly as the real server helpers'
// answer is: same fields, same values, except the request id, which is new on every answer.
const BUCKET = 'photos';
const KEY = 'albums/cat 1.jpg';

let mock: JssMock;
let reference: ReferenceServer;
beforeAll(async () => {
  mock = await startJssMock();
  reference = await startReferenceServer();
});
afterAll(async () => {
  await mock.close();
  await reference.close();
});

const sdkFacts = (error: ClientError) => ({
  name: error.name,
  message: error.message,
  status: error.$metadata?.httpStatusCode,
  fault: error.$fault,
  resource: error.Resource,
  statusCode: error.statusCode,
});
const minioFacts = (error: ClientError) => ({ code: error.code, message: error.message, resource: error.resource });
const referenceClient = (port: number) => ({ port, url: `http://127.0.0.1:${port}` }) as unknown as JssMock;

describe('a rule per catalog code and variant', () => {
  it('the AWS SDK reports GetObject and HeadObject as from the real server helpers', async () => {
    const fromMock: S3Client = awsClient(mock);
    const fromReference: S3Client = awsClient(referenceClient(reference.port));
    for (const answer of catalogAnswers()) {
      const label = `${answer.code}/${answer.variant ?? '-'}`;
      mock.reset();
      mock.use({ operation: ['GetObject', 'HeadObject'], answer });
      reference.answer(answer.code, answer.variant);
      for (const command of [
        () => new GetObjectCommand({ Bucket: BUCKET, Key: KEY }),
        () => new HeadObjectCommand({ Bucket: BUCKET, Key: KEY }),
      ]) {
        const got = await rejection(fromMock.send(command() as GetObjectCommand));
        const want = await rejection(fromReference.send(command() as GetObjectCommand));
        expect(sdkFacts(got), label).toEqual(sdkFacts(want));
        expect(got.$metadata.requestId, label).toMatch(/^[0-9A-F]{16}$/);
        if (got.RequestId !== undefined) expect(got.RequestId, label).toBe(got.$metadata.requestId);
      }
      expect(
        mock.requests.map((r) => [r.operation, r.rule, r.code, r.status]),
        label,
      ).toEqual([
        ['GetObject', '#0', answer.code, errorInfo[answer.code].httpStatus],
        ['HeadObject', '#0', answer.code, errorInfo[answer.code].httpStatus],
      ]);
    }
  });

  it('minio-js reports getObject and statObject as from the real server helpers', async () => {
    const fromMock = minioClient(mock);
    const fromReference = minioClient(reference);
    for (const answer of catalogAnswers()) {
      const label = `${answer.code}/${answer.variant ?? '-'}`;
      mock.reset();
      mock.use({ bucket: BUCKET, answer });
      reference.answer(answer.code, answer.variant);
      for (const call of [
        (c: typeof fromMock) => c.getObject(BUCKET, KEY),
        (c: typeof fromMock) => c.statObject(BUCKET, KEY),
      ]) {
        const got = await rejection(call(fromMock));
        const want = await rejection(call(fromReference));
        expect(minioFacts(got), label).toEqual(minioFacts(want));
      }
      expect(mock.requests.length, label).toBeGreaterThanOrEqual(2);
      expect(new Set(mock.requests.map((r) => r.code)), label).toEqual(new Set([answer.code]));
    }
  });
});
