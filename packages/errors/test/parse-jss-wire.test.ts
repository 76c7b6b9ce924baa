import {
  bodilessCodeFor,
  codeForOperationStatus,
  errorInfo,
  jssErrorCodes,
  resolveJssErrorCode,
} from '@jss/error-codes';
import { NoSuchBucketError, parseJssErrorResponse, UnknownJssError } from '@jss/errors';
import { describe, expect, it } from 'vitest';

describe('what JSS itself sends', () => {
  it('reads the <statusCode> JSS puts before <Code>, for every code', () => {
    for (const code of jssErrorCodes) {
      const status = errorInfo[code].httpStatus;
      const body = `<Error>\n    <statusCode>${status}</statusCode>\n    <Code>${code}</Code>\n    <Message>m</Message>\n    <Resource>/b</Resource>\n    <RequestId>R</RequestId>\n</Error>`;
      expect(parseJssErrorResponse({ status, body })).toMatchObject({ code, httpStatus: status, requestId: 'R' });
      // A client that lost the status (0) gets it from the body.
      expect(parseJssErrorResponse({ status: 0, body }).httpStatus).toBe(status);
    }
  });

  it('takes the response status over <statusCode>, and ignores a <statusCode> that is not a status', () => {
    const body = (statusCode: string) =>
      `<Error><statusCode>${statusCode}</statusCode><Code>NotARealJssCode</Code></Error>`;
    expect(parseJssErrorResponse({ status: 429, body: body('404') }).httpStatus).toBe(429);
    expect(parseJssErrorResponse({ status: 0, body: body('abc') }).httpStatus).toBe(500);
    expect(parseJssErrorResponse({ status: 0, body: body('4040') }).httpStatus).toBe(500);
  });

  it.each(['x-req-id', 'x-jdcloud-request-id', 'x-jss-request-id', 'x-oss-request-id', 'X-Trace', 'X-Jss-Request-Id'])(
    'reads the request id from %s',
    (name) => {
      expect(parseJssErrorResponse({ status: 404, headers: { [name]: 'JSS-ID' } }).requestId).toBe('JSS-ID');
      expect(parseJssErrorResponse({ status: 404, headers: new Headers({ [name]: 'JSS-ID' }) }).requestId).toBe(
        'JSS-ID',
      );
    },
  );

  it("prefers S3's request id headers, then JD's, X-Trace last", () => {
    const all: [string, string][] = [
      ['x-trace', '200-1499863677959-0-0-20-58-58'],
      ['x-oss-request-id', 'OSS'],
      ['x-jss-request-id', 'JSS'],
      ['x-jdcloud-request-id', 'JDCLOUD'],
      ['x-req-id', 'REQ'],
      ['x-amzn-requestid', 'AMZN'],
      ['x-amz-request-id', 'AMZ'],
    ];
    for (let i = 0; i < all.length; i++) {
      const headers = new Map(all.slice(0, i + 1));
      expect(parseJssErrorResponse({ status: 404, headers }).requestId).toBe(all[i]![1]);
    }
  });
});

describe("JD's image service dialect", () => {
  it('reads `Internal Error` (with a space) as InternalError, keeping its message and ids', () => {
    const body = JSON.stringify({
      code: 'Internal Error',
      message: 'processing error',
      resource: '/b/cat.jpg',
      requestId: 'IMG1',
    });
    const error = parseJssErrorResponse({ status: 500, body });
    expect(resolveJssErrorCode('Internal Error')).toBe(resolveJssErrorCode('InternalError'));
    expect(error.code).toBe(resolveJssErrorCode('InternalError') ?? 'Internal Error');
    expect([error.message, error.requestId, error.resource]).toEqual(['processing error', 'IMG1', '/b/cat.jpg']);
  });

  it.each(['unknown error', 'wrong request para', 'wong processing mode', "can't decode image"])(
    'keeps the message of a code-less 400 (%s), with the code the status gives',
    (message) => {
      // As text, and as the value a client that parses JSON (axios) hands over.
      for (const body of [JSON.stringify({ message, requestId: 'IMG2' }), { message, requestId: 'IMG2' }]) {
        const error = parseJssErrorResponse({ status: 400, body });
        expect(error.code).toBe(bodilessCodeFor(400));
        expect(error.message).toBe(message);
        expect(error.httpStatus).toBe(400);
        expect(error.requestId).toBe('IMG2');
      }
    },
  );
});

describe('redirects', () => {
  it.each([301, 302, 307])('a bodiless %i exposes its Location as endpoint', (status) => {
    const error = parseJssErrorResponse({ status, headers: { location: 'https://b.s3.cn-south-1.jdcloud-oss.com/k' } });
    expect(error.httpStatus).toBe(status);
    expect(error.endpoint).toBe('https://b.s3.cn-south-1.jdcloud-oss.com/k');
    expect(error.toJSON().endpoint).toBe(error.endpoint);
  });

  it('a redirect body gives its code and <Endpoint>, which wins over Location', () => {
    const error = parseJssErrorResponse({
      status: 301,
      headers: { Location: 'https://elsewhere/' },
      body: '<Error><Code>PermanentRedirect</Code><Message>Use this endpoint.</Message><Endpoint>b.s3.cn-north-1.jdcloud-oss.com</Endpoint><Bucket>b</Bucket></Error>',
    });
    expect(error).toMatchObject({ code: 'PermanentRedirect', endpoint: 'b.s3.cn-north-1.jdcloud-oss.com' });
    const json = parseJssErrorResponse({ status: 307, body: { Code: 'TemporaryRedirect', Endpoint: 'e.example' } });
    expect(json.endpoint).toBe('e.example');
  });

  it('a non-redirect error has no endpoint', () => {
    expect(
      parseJssErrorResponse({ status: 404, body: '<Error><Code>NoSuchKey</Code></Error>' }).endpoint,
    ).toBeUndefined();
  });
});

describe('bodiless responses, per operation', () => {
  it('a 404 from HeadBucket is NoSuchBucket, from any other operation NoSuchKey', () => {
    expect(parseJssErrorResponse({ status: 404, operation: 'HeadBucket' })).toBeInstanceOf(NoSuchBucketError);
    for (const operation of ['HeadObject', 'GetObject', undefined]) {
      expect(parseJssErrorResponse({ status: 404, operation }).code).toBe('NoSuchKey');
    }
  });

  it('other statuses keep the status default whatever the operation', () => {
    const statuses = new Set(jssErrorCodes.map((code) => errorInfo[code].httpStatus));
    const own = codeForOperationStatus.HeadBucket ?? {};
    for (const status of [...statuses].filter((s) => !Object.hasOwn(own, s))) {
      expect(parseJssErrorResponse({ status, operation: 'HeadBucket' }).code).toBe(bodilessCodeFor(status));
    }
    expect(parseJssErrorResponse({ status: 502, operation: 'HeadBucket' })).toBeInstanceOf(UnknownJssError);
  });

  it('a body with a code wins over the operation', () => {
    const body = '<Error><Code>AccessDenied</Code></Error>';
    expect(parseJssErrorResponse({ status: 404, operation: 'HeadBucket', body }).code).toBe('AccessDenied');
  });
});
