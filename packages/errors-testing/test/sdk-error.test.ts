import { GetObjectCommand, HeadObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { errorInfo, jssErrorCodes } from '@jss/error-codes';
import { fromAwsSdkError } from '@jss/errors/aws-sdk';
import { type JssMock, startJssMock } from '@jss/errors-testing';
import { jssSdkError } from '@jss/errors-testing/aws-sdk';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogAnswers } from './support/catalog-cases.js';
import { awsClient, type ClientError, rejection } from './support/clients.js';

// The factory's error, rejected by aws-sdk-client-mock's stub of send(), against what the real
// S3Client throws when the stand-in answers the same code over a socket.
const Bucket = 'photos';
const Key = 'albums/cat 1.jpg';

let mock: JssMock;
beforeAll(async () => {
  mock = await startJssMock();
});
afterAll(() => mock.close());

/** Everything a catch block can read, but the live body stream and the per-answer Date header. */
function facts(error: ClientError & { $response?: { statusCode: number; headers: Record<string, string> } }) {
  const { date: _date, ...headers } = error.$response?.headers ?? {};
  const { $response: _response, ...fields } = error as unknown as Record<string, unknown>;
  return {
    class: error.constructor,
    name: error.name,
    message: error.message,
    fields,
    response: { status: error.$response?.statusCode, headers },
  };
}

describe('jssSdkError', () => {
  it('is what the real S3Client throws for every catalog code and variant, through aws-sdk-client-mock', async () => {
    const real = awsClient(mock);
    const stubbed = new S3Client({ region: 'us-east-1' });
    const stub = mockClient(stubbed);
    try {
      for (const answer of catalogAnswers()) {
        for (const Command of [GetObjectCommand, HeadObjectCommand]) {
          const label = `${answer.code}/${answer.variant ?? '-'} ${Command.name}`;
          mock.reset();
          mock.use({ answer });
          const want = await rejection(real.send(new Command({ Bucket, Key }) as GetObjectCommand));
          const made = await jssSdkError(answer.code, {
            variant: answer.variant as never,
            command: new Command({ Bucket, Key }),
            requestId: want.$metadata.requestId,
          });
          stub.reset().on(Command).rejects(made);
          const got = await rejection(stubbed.send(new Command({ Bucket, Key }) as GetObjectCommand));
          expect(got, label).toBeInstanceOf(S3ServiceException);
          expect(facts(got), label).toEqual(facts(want));
          // And the adapter reads the same JSS error from it.
          const context = { commandName: Command.name, input: { Bucket, Key } };
          const jssGot = fromAwsSdkError(got, context);
          const jssWant = fromAwsSdkError(want, context);
          expect([jssGot?.constructor, jssGot?.code, jssGot?.httpStatus], label).toEqual([
            jssWant?.constructor,
            jssWant?.code,
            jssWant?.httpStatus,
          ]);
        }
      }
    } finally {
      stub.restore();
    }
  });

  it('answers with each status the catalog lists for a code, and refuses another', async () => {
    for (const code of jssErrorCodes) {
      for (const status of errorInfo[code].statuses as readonly number[]) {
        const error = await jssSdkError(code, { status });
        expect(error.$metadata.httpStatusCode, code).toBe(status);
        expect(error.$response?.statusCode, code).toBe(status);
        expect(error.$fault, code).toBe(status >= 500 ? 'server' : 'client');
      }
      const statuses: readonly number[] = errorInfo[code].statuses;
      const other = [200, 404, 500].find((s) => !statuses.includes(s))!;
      await expect(jssSdkError(code, { status: other }), code).rejects.toThrow(RangeError);
    }
  });

  it('is made while mockClient(S3Client) stubs the send() of every client', async () => {
    const stub = mockClient(S3Client);
    try {
      stub.on(GetObjectCommand).rejects(await jssSdkError('NoSuchKey', { requestId: 'STUBBEDPROTOTYPE' }));
      const got = await rejection(new S3Client({ region: 'us-east-1' }).send(new GetObjectCommand({ Bucket, Key })));
      expect([got.name, got.$metadata.requestId, got.$metadata.httpStatusCode]).toEqual([
        'NoSuchKey',
        'STUBBEDPROTOTYPE',
        404,
      ]);
    } finally {
      stub.restore();
    }
  });

  it('lets through an error that came before any answer: a command the SDK refuses to send', async () => {
    const command = new GetObjectCommand({ Bucket, Key: undefined as unknown as string });
    await expect(jssSdkError('NoSuchKey', { command })).rejects.toThrow(/Key/);
  });

  it('refuses a code the catalog does not have', async () => {
    await expect(jssSdkError('NoSuchKye' as 'NoSuchKey')).rejects.toThrow(/"NoSuchKye" is not a JSS error code/);
  });
});
