// Every param the catalog puts on the wire (`errorInfo[code].wire`), sent in an S3 XML error and
// read by the real clients through their adapters: the AWS SDK (jssErrors plugin), minio-js
// (withJssErrors) and fetch (jssFetch). Codes and params are found in the catalog at run time.
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { errorInfo, jssErrorCodes, type JssErrorInfo } from '@jss/error-codes';
import { isJssError } from '@jss/errors';
import { jssErrors } from '@jss/errors/aws-sdk';
import { jssFetch } from '@jss/errors/fetch';
import { withJssErrors } from '@jss/errors/minio';
import { afterAll, describe, expect, it } from 'vitest';
import { awsClient, minioClient } from './support/clients.js';
import { startScriptedServer } from './support/scripted-server.js';
import { rejection } from './support/rejection.js';

const server = await startScriptedServer();
afterAll(() => server.close());
const s3 = awsClient(server.endpoint, { maxAttempts: 1 });
s3.middlewareStack.use(jssErrors());
const minio = withJssErrors(minioClient(server.endpoint));
const request = jssFetch();

/** Statuses minio throws on before reading the body (its `retryHttpCodes`). */
const MINIO_UNREAD = new Set([408, 429, 499, 500, 502, 503, 504, 520]);

/**
 * A value per wire param: an integer, or text with XML syntax in it; never number-like or padded,
 * which minio's parser would turn into a number or trim.
 */
function samples(info: JssErrorInfo): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  Object.keys(info.wire).forEach((name, i) => {
    values[name] = info.params[name] === 'integer' ? 1_000_000 + i : `a<&>b ${name}-${i} */x`;
  });
  return values;
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const cases = jssErrorCodes.flatMap((code) => {
  const info: JssErrorInfo = errorInfo[code];
  if (Object.keys(info.wire).length === 0) return [];
  const values = samples(info);
  const headers: Record<string, string> = { 'content-type': 'application/xml', 'x-amz-request-id': 'WIRE1' };
  let elements = '';
  for (const [name, at] of Object.entries(info.wire)) {
    if (at.element !== undefined) elements += `<${at.element}>${xmlText(String(values[name]))}</${at.element}>`;
    if (at.header !== undefined) headers[at.header] = String(values[name]);
  }
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>m</Message>${elements}<RequestId>WIRE1</RequestId></Error>`;
  /** What minio can give: it keeps the body's elements but no header. */
  const inBody = Object.fromEntries(Object.entries(values).filter(([name]) => info.wire[name]?.element !== undefined));
  return [{ code, info, values, inBody, answer: { status: info.httpStatus, headers, body } }];
});

it('the catalog puts params of some codes on the wire', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)('$code', ({ code, info, values, inBody, answer }) => {
  it('the AWS SDK: typed fields from the body and $response headers; its own members unchanged', async () => {
    server.state.answer = answer;
    const error = await rejection(s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'a.jpg' })));
    expect(isJssError(error, code)).toBe(true);
    expect(error.params).toMatchObject(values);
    const sdk = error as unknown as Record<string, unknown>;
    for (const [name, at] of Object.entries(info.wire)) {
      // The SDK's copy of the element stays its own: text, as it parsed it.
      if (at.element !== undefined) expect(sdk[at.element]).toBe(String(values[name]));
    }
  });

  it('fetch: typed fields from the body and the headers', async () => {
    server.state.answer = answer;
    const error = await rejection(request(`${server.endpoint}/photos/a.jpg`));
    expect(isJssError(error, code)).toBe(true);
    expect(error.params).toMatchObject(values);
  });

  it.skipIf(MINIO_UNREAD.has(info.httpStatus))(
    'minio: typed fields from the body (minio keeps no other header)',
    async () => {
      server.state.answer = answer;
      const error = await rejection(minio.getObject('photos', 'a.jpg'));
      expect(isJssError(error, code)).toBe(true);
      expect(error.params).toMatchObject(inBody);
    },
  );
});
