import type { S3Client } from '@aws-sdk/client-s3';
import { type JssMock, type JssMockOptions, startJssMock } from '@jss/errors-testing';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { awsClient } from './clients.js';

/** One stand-in for a test file: started before its tests, reset before each, closed after them. */
export function sharedMock(options: JssMockOptions): { readonly mock: JssMock; s3(): S3Client } {
  let mock: JssMock | undefined;
  beforeAll(async () => {
    mock = await startJssMock(options);
  });
  afterAll(() => mock?.close());
  beforeEach(() => mock?.reset());
  const shared = {
    get mock(): JssMock {
      if (mock === undefined) throw new Error('the stand-in starts in beforeAll');
      return mock;
    },
    s3: () => awsClient(shared.mock),
  };
  return shared;
}
