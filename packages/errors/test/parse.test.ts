import { describe, expect, it } from 'vitest';
import {
  BucketNotEmptyError,
  InternalError,
  NoSuchKeyError,
  NotSuchBucketPolicyError,
  parseJssErrorResponse,
  parseS3ErrorXml,
  SlowDownError,
  UnknownJssError,
} from '@jss/errors';

const xml = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${inner}</Error>`;

describe('parseJssErrorResponse', () => {
  it('reads an S3 XML error body into its class', () => {
    const error = parseJssErrorResponse({
      status: 404,
      headers: { 'x-amz-request-id': 'HEADER-ID', 'x-amz-id-2': 'host/id' },
      body: xml(
        '<Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Resource>/b/k</Resource><RequestId>4442587FB7D0A2F9</RequestId>',
      ),
    });
    expect(error).toBeInstanceOf(NoSuchKeyError);
    expect(error).toMatchObject({
      code: 'NoSuchKey',
      httpStatus: 404,
      resource: '/b/k',
      requestId: '4442587FB7D0A2F9',
      hostId: 'host/id',
    });
    expect(error.message).toBe('The specified key does not exist.');
  });

  it('reads bytes, a BOM and entities', () => {
    const body = new TextEncoder().encode(
      `\uFEFF${xml('<Code>SlowDown</Code><Message>Slow &amp; steady &lt;3 &#20013;&#x6587;</Message>')}`,
    );
    const error = parseJssErrorResponse({ status: 400, body });
    expect(error).toBeInstanceOf(SlowDownError);
    expect(error.message).toBe('Slow & steady <3 中文');
  });

  it('matches codes case-insensitively and understands NoSuchBucketPolicy', () => {
    expect(parseJssErrorResponse({ status: 400, body: xml('<Code>slowdown</Code>') })).toBeInstanceOf(SlowDownError);
    const policy = parseJssErrorResponse({
      status: 404,
      body: xml('<Code>NoSuchBucketPolicy</Code><Message>AWS words</Message>'),
    });
    expect(policy).toBeInstanceOf(NotSuchBucketPolicyError);
    expect(policy.code).toBe('NotSuchBucketPolicy');
    expect(policy.message).toBe('AWS words');
  });

  it('recognises the variant from the wire message', () => {
    const error = parseJssErrorResponse({
      status: 409,
      body: xml("<Code>BucketNotEmpty</Code><Message>The bucket you tried to delete has acl didn't delete.</Message>"),
    });
    expect(error).toBeInstanceOf(BucketNotEmptyError);
    expect(error.variant).toBe('acl');
  });

  it('reads JSON bodies: S3-style, camelCase, nested and problem+json', () => {
    const s3 = parseJssErrorResponse({
      status: 404,
      body: '{"Code":"NoSuchKey","Message":"m","RequestId":"R1","Resource":"/k"}',
    });
    expect(s3).toMatchObject({ code: 'NoSuchKey', message: 'm', requestId: 'R1', resource: '/k' });
    const camel = parseJssErrorResponse({ status: 400, body: '{"code":"SlowDown","message":"m","requestId":"R2"}' });
    expect(camel).toMatchObject({ code: 'SlowDown', requestId: 'R2' });
    const nested = parseJssErrorResponse({ status: 400, body: '{"Error":{"Code":"SlowDown","Message":"m"}}' });
    expect(nested.code).toBe('SlowDown');
    const problem = parseJssErrorResponse({
      status: 404,
      headers: [['Content-Type', 'application/problem+json']],
      body: '{"type":"about:blank","title":"Not Found","status":404,"detail":"The specified key does not exist.","instance":"/b/k","code":"NoSuchKey","requestId":"R3"}',
    });
    expect(problem).toMatchObject({
      code: 'NoSuchKey',
      message: 'The specified key does not exist.',
      resource: '/b/k',
      requestId: 'R3',
    });
  });

  it('keeps an unknown code with its message, status and request id', () => {
    const error = parseJssErrorResponse({
      status: 429,
      headers: new Headers({ 'X-Amz-Request-Id': 'H' }),
      body: xml('<Code>TooManyRequests</Code><Message>Chill.</Message>'),
    });
    expect(error).toBeInstanceOf(UnknownJssError);
    expect(error).toMatchObject({ code: 'TooManyRequests', message: 'Chill.', httpStatus: 429, requestId: 'H' });
  });

  it('takes the request id from the header when the body has none', () => {
    const error = parseJssErrorResponse({
      status: 400,
      headers: { 'X-AMZ-REQUEST-ID': ['first', 'second'] },
      body: xml('<Code>SlowDown</Code>'),
    });
    expect(error.requestId).toBe('first');
  });

  it('falls back to the catalog code for the status when there is no body', () => {
    const head = parseJssErrorResponse({ status: 404, headers: { 'x-amz-request-id': 'HEAD-ID' } });
    expect(head).toBeInstanceOf(NoSuchKeyError);
    expect(head).toMatchObject({ requestId: 'HEAD-ID', httpStatus: 404 });
    expect(head.cause).toBeUndefined();
    expect(parseJssErrorResponse({ status: 567, body: '' }).code).toBe('InvalidCallback');
    expect(parseJssErrorResponse({ status: 500, body: null })).toBeInstanceOf(InternalError);
  });

  it('gives Unknown for a bodiless status no code uses', () => {
    const error = parseJssErrorResponse({ status: 502 });
    expect(error).toBeInstanceOf(UnknownJssError);
    expect(error).toMatchObject({ code: 'Unknown', httpStatus: 502, message: 'HTTP 502', fault: 'server' });
  });

  it.each([
    ['HTML from a proxy', '<html><body>Bad gateway</body></html>'],
    ['truncated XML', '<?xml version="1.0"?><Error><Code>NoSuchK'],
    ['truncated JSON', '{"Code":"NoSu'],
    ['JSON without a code', '{"error":"nope"}'],
    ['JSON that is not an object', '[1,2,3]'],
    ['plain text', 'Service Unavailable'],
    ['an empty Code', xml('<Code></Code>')],
  ])('does not throw on %s, and keeps the status', (_, body) => {
    const error = parseJssErrorResponse({ status: 403, headers: { 'x-amz-request-id': 'R' }, body });
    expect(error.code).toBe('AccessDenied');
    expect(error.requestId).toBe('R');
    expect((error.cause as Error).message).toMatch(/neither an S3 XML nor a JSON error document/);
  });
});

describe('parseJssErrorResponse with what clients really hand over', () => {
  it('reads a body a client already parsed from JSON (axios)', () => {
    const error = parseJssErrorResponse({ status: 404, body: { Code: 'NoSuchBucket', Message: 'm', RequestId: 'R' } });
    expect(error).toMatchObject({ code: 'NoSuchBucket', message: 'm', requestId: 'R' });
  });

  it.each([
    ['a number', 42],
    ['an object without a code', { error: 'nope' }],
  ])('does not throw on %s, and falls back to the status', (_, body) => {
    const error = parseJssErrorResponse({ status: 404, body: body as never });
    expect(error.code).toBe('NoSuchKey');
    expect((error.cause as Error).message).toMatch(/neither an S3 XML nor a JSON error document/);
  });

  it('matches header names case-insensitively in a Map too', () => {
    const error = parseJssErrorResponse({ status: 404, headers: new Map([['X-Amz-Request-Id', 'RID1']]) });
    expect(error.requestId).toBe('RID1');
  });

  it('takes the first of repeated values, from Fetch Headers and from arrays', () => {
    const headers = new Headers();
    headers.append('x-amz-request-id', 'first');
    headers.append('x-amz-request-id', 'second');
    expect(parseJssErrorResponse({ status: 404, headers }).requestId).toBe('first');
    expect(parseJssErrorResponse({ status: 404, headers: { 'x-amz-request-id': ['', 'second'] } }).requestId).toBe(
      'second',
    );
  });

  it('treats an empty request id as absent and looks further', () => {
    const error = parseJssErrorResponse({
      status: 404,
      headers: { 'x-amz-request-id': '', 'x-amzn-requestid': 'AMZN' },
      body: xml('<Code>NoSuchKey</Code><RequestId></RequestId>'),
    });
    expect(error.requestId).toBe('AMZN');
  });
});

describe('parseS3ErrorXml', () => {
  it('reads only children of the root, never text inside CDATA or comments', () => {
    const body = xml(
      '<Message><![CDATA[<Code>SlowDown</Code>]]></Message><!-- <Code>AccessDenied</Code> --><Code>NoSuchBucket</Code>',
    );
    expect(parseS3ErrorXml(body)).toEqual({ code: 'NoSuchBucket', message: '<Code>SlowDown</Code>' });
  });

  it('ignores deeper elements of the same name', () => {
    expect(parseS3ErrorXml('<Error><Details><Code>Inner</Code></Details><Code>Outer</Code></Error>')).toEqual({
      code: 'Outer',
    });
  });

  it('allows attributes and decodes mixed CDATA and entities', () => {
    expect(
      parseS3ErrorXml(
        '<Error xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Code xml:lang="en">SlowDown</Code><Message>a &amp; <![CDATA[<b>]]> c</Message></Error>',
      ),
    ).toEqual({ code: 'SlowDown', message: 'a & <b> c' });
  });

  it('turns references to characters XML forbids into U+FFFD', () => {
    expect(
      parseS3ErrorXml('<Error><Code>X</Code><Message>&#0;&#xD800;&#x10FFFF;&#65;</Message></Error>')?.message,
    ).toBe('\uFFFD\uFFFD\u{10FFFF}A');
  });

  it('returns the fields as sent, without trimming', () => {
    expect(parseS3ErrorXml(xml('<Code> SlowDown </Code><Message><![CDATA[a <b> c]]></Message><HostId/>'))).toEqual({
      code: ' SlowDown ',
      message: 'a <b> c',
      hostId: '',
    });
  });

  it('returns undefined without a Code', () => {
    expect(parseS3ErrorXml('<Error><Message>x</Message></Error>')).toBeUndefined();
  });
});

describe('the stack of a parsed error', () => {
  function callerOfParse() {
    return parseJssErrorResponse({ status: 404, body: xml('<Code>NoSuchKey</Code>') });
  }

  it('starts where parseJssErrorResponse was called, and leaves Error.stackTraceLimit as it was', () => {
    const limit = Error.stackTraceLimit;
    const error = callerOfParse();
    expect(error.stack?.split('\n')[0]).toBe('NoSuchKeyError: The specified key does not exist.');
    expect(error.stack?.split('\n')[1]).toMatch(/^\s+at callerOfParse /);
    expect(Error.stackTraceLimit).toBe(limit);
    const fallback = parseJssErrorResponse({
      status: 404,
      body: {
        get Code(): string {
          throw new Error('x');
        },
      },
    });
    expect(fallback.stack?.split('\n')[1]).toMatch(/parse\.test\.ts/);
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
