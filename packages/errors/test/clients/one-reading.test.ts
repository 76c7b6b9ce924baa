import { GetObjectCommand } from '@aws-sdk/client-s3';
import { isJssError, type JssError, parseJssErrorResponse, UnknownJssError } from '@jss/errors';
import { fromFetchResponse, jssFetch } from '@jss/errors/fetch';
import { jssErrors } from '@jss/errors/aws-sdk';
import { withJssErrors } from '@jss/errors/minio';
import { afterAll, describe, expect, it } from 'vitest';
import { awsClient, minioClient } from './support/clients.js';
import { type Scripted, startScriptedServer } from './support/scripted-server.js';
import { rejection } from './support/rejection.js';

const server = await startScriptedServer();
afterAll(() => server.close());
const url = `${server.endpoint}/photos/a.jpg`;
const minio = withJssErrors(minioClient(server.endpoint));
const s3 = awsClient(server.endpoint, { maxAttempts: 1 });
s3.middlewareStack.use(jssErrors());
const sdkGet = () => rejection(s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'a.jpg' })));

interface Row extends Scripted {
  readonly name: string;
  /** What the AWS SDK reads from these bytes: the code (namespace stripped), message, request id. */
  readonly expected: { code: string; message?: string; requestId?: string };
  /** minio-js reads only an `<Error>` root. */
  readonly minio?: boolean;
}

const xml = { 'content-type': 'application/xml' };
const json = { 'content-type': 'application/json' };
const ROWS: Row[] = [
  {
    name: 'S3 <Error>',
    status: 404,
    headers: xml,
    body: '<Error><Code>NoSuchKey</Code><Message>gone</Message><RequestId>R1A</RequestId></Error>',
    expected: { code: 'NoSuchKey', message: 'gone', requestId: 'R1A' },
    minio: true,
  },
  {
    name: 'AWS-wrapped <ErrorResponse><Error>',
    status: 400,
    headers: xml,
    body:
      '<?xml version="1.0"?><ErrorResponse><Error><Type>Sender</Type><Code>SlowDown</Code>' +
      '<Message>slow</Message></Error><RequestId>R2B</RequestId></ErrorResponse>',
    expected: { code: 'SlowDown', message: 'slow', requestId: 'R2B' },
  },
  {
    name: "JSS's <statusCode> first",
    status: 409,
    headers: xml,
    body: '<Error><statusCode>409</statusCode><Code>BucketNotEmpty</Code><Message>full</Message><RequestId>R3C</RequestId></Error>',
    expected: { code: 'BucketNotEmpty', message: 'full', requestId: 'R3C' },
    minio: true,
  },
  {
    name: 'JSON code',
    status: 404,
    headers: { ...json, 'x-amz-request-id': 'R4D' },
    body: '{"code":"NoSuchBucket","message":"no bucket"}',
    expected: { code: 'NoSuchBucket', message: 'no bucket', requestId: 'R4D' },
  },
  {
    name: 'JSON __type, namespaced',
    status: 403,
    headers: { ...json, 'x-amzn-requestid': 'R5E' },
    body: '{"__type":"com.jdcloud.jss#AccessDenied","message":"no"}',
    expected: { code: 'AccessDenied', message: 'no', requestId: 'R5E' },
  },
  {
    name: 'X-Amzn-Errortype header',
    status: 403,
    headers: { ...json, 'x-amzn-errortype': 'AccessDenied:http://internal.example/', 'x-amz-request-id': 'R6F' },
    body: '{"message":"denied"}',
    expected: { code: 'AccessDenied', message: 'denied', requestId: 'R6F' },
  },
  {
    name: 'JSON Code ns#Code:uri',
    status: 400,
    headers: json,
    body: '{"Code":"aws.protocoltests#InvalidArgument:http://x/","Message":"bad"}',
    expected: { code: 'InvalidArgument', message: 'bad' },
  },
  {
    name: 'unknown code',
    status: 418,
    headers: { ...xml, 'x-amz-request-id': 'R8H' },
    body: '<Error><Code>NotARealJssCode</Code><Message>odd</Message><RequestId>R8H</RequestId></Error>',
    expected: { code: 'NotARealJssCode', message: 'odd', requestId: 'R8H' },
    minio: true,
  },
  {
    name: 'digit-only request id',
    status: 404,
    headers: { ...xml, 'x-amz-request-id': '2039955733298305' },
    body: '<Error><Code>NoSuchKey</Code><Message>gone</Message><RequestId>2039955733298305</RequestId></Error>',
    expected: { code: 'NoSuchKey', message: 'gone', requestId: '2039955733298305' },
    minio: true,
  },
  {
    name: 'long digit-only request id with leading zero',
    status: 404,
    headers: { ...xml, 'x-amz-request-id': '01234567890123456789012' },
    body: '<Error><Code>NoSuchKey</Code><Message>gone</Message><RequestId>01234567890123456789012</RequestId></Error>',
    expected: { code: 'NoSuchKey', message: 'gone', requestId: '01234567890123456789012' },
    minio: true,
  },
];

const seen = (e: JssError<string>) => ({ message: e.message, requestId: e.requestId });

describe('one reading of an error body: the parser and every adapter agree', () => {
  for (const row of ROWS) {
    it(row.name, async () => {
      server.state.answer = row;
      const entries: [string, JssError<string>][] = [
        [
          'parseJssErrorResponse (text)',
          parseJssErrorResponse({ status: row.status, headers: row.headers, body: row.body }),
        ],
        [
          'parseJssErrorResponse (bytes)',
          parseJssErrorResponse({ status: row.status, headers: row.headers, body: Buffer.from(row.body ?? '') }),
        ],
        ['fromFetchResponse', await fromFetchResponse(await fetch(url))],
        ['jssFetch', await rejection(jssFetch()(url))],
      ];
      if (row.minio) entries.push(['minio withJssErrors', await rejection(minio.getObject('photos', 'a.jpg'))]);
      // S3 speaks XML: the AWS SDK's S3 client reads XML bodies only.
      if (row.body?.startsWith('<')) entries.push(['AWS SDK jssErrors()', await sdkGet()]);
      for (const [entry, error] of entries) {
        expect(isJssError(error, row.expected.code), `${entry}: code`).toBe(true);
        expect(seen(error), entry).toEqual({
          message: row.expected.message ?? error.message,
          requestId: row.expected.requestId,
        });
        expect(typeof error.requestId === 'string' || error.requestId === undefined, entry).toBe(true);
        if (entry !== 'minio withJssErrors') expect(error.httpStatus, entry).toBe(row.status);
      }
    });
  }
});

describe('a wire code that is an Object.prototype name', () => {
  for (const code of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    it(`${code}: a sane UnknownJssError everywhere`, async () => {
      // minio's bodiless-looking case: no <RequestId>, minio's own "Not Found" text.
      server.state.answer = {
        status: 404,
        headers: xml,
        body: `<Error><Code>${code}</Code><Message>Not Found</Message></Error>`,
      };
      const errors: [string, JssError<string>][] = [
        ['parser', parseJssErrorResponse({ status: 404, body: server.state.answer.body })],
        ['fromFetchResponse', await fromFetchResponse(await fetch(url))],
        ['jssFetch', await rejection(jssFetch()(url))],
        ['minio', await rejection(minio.getObject('photos', 'a.jpg'))],
        ['AWS SDK', await sdkGet()],
      ];
      for (const [entry, error] of errors) {
        expect(error, entry).toBeInstanceOf(UnknownJssError);
        expect(isJssError(error, code), entry).toBe(true);
        expect(typeof error.httpStatus, entry).toBe('number');
        expect(error.message, entry).toBe('Not Found');
        if (entry !== 'minio') expect(error.httpStatus, entry).toBe(404);
      }
    });
  }
});

describe('errors inside a 200 keep httpStatus 200', () => {
  it('parser, fromFetchResponse and jssFetch (CopyObject)', async () => {
    server.state.answer = {
      status: 200,
      headers: xml,
      body: '<Error><Code>InternalError</Code><Message>late</Message><RequestId>R200</RequestId></Error>',
    };
    const errors = [
      parseJssErrorResponse({ status: 200, body: server.state.answer.body }),
      await fromFetchResponse(await fetch(url)),
      await rejection(jssFetch()(url, { method: 'PUT', operation: 'CopyObject' })),
    ];
    for (const error of errors) {
      expect(isJssError(error, 'InternalError')).toBe(true);
      expect(error.httpStatus).toBe(200);
      expect(error.retryable).toBe(true);
    }
  });

  it('jssFetch leaves a good CopyObject 200 readable', async () => {
    const body = '<CopyObjectResult><ETag>"e"</ETag></CopyObjectResult>';
    server.state.answer = { status: 200, headers: xml, body };
    const response = await jssFetch()(url, { method: 'PUT', operation: 'CopyObject' });
    expect(await response.text()).toBe(body);
  });
});
