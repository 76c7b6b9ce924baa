import { bodilessCodeFor, codeForOperationStatus, errorInfo, JSS_ERROR_CODES } from '@jss/error-codes';
import { NoSuchBucketError, parseJssErrorResponse, UnknownJssError } from '@jss/errors';
import { describe, expect, it } from 'vitest';

describe('what JSS itself sends', () => {
  it('reads the <statusCode> JSS puts before <Code>, for every code', () => {
    for (const code of JSS_ERROR_CODES) {
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

  it.each(['x-jss-request-id', 'x-oss-request-id', 'X-Jss-Request-Id'])('reads the request id from %s', (name) => {
    expect(parseJssErrorResponse({ status: 404, headers: { [name]: 'JSS-ID' } }).requestId).toBe('JSS-ID');
    expect(parseJssErrorResponse({ status: 404, headers: new Headers({ [name]: 'JSS-ID' }) }).requestId).toBe('JSS-ID');
  });

  it('prefers x-amz-request-id, then x-amzn-requestid, then x-jss-request-id, then x-oss-request-id', () => {
    const all: [string, string][] = [
      ['x-oss-request-id', 'OSS'],
      ['x-jss-request-id', 'JSS'],
      ['x-amzn-requestid', 'AMZN'],
      ['x-amz-request-id', 'AMZ'],
    ];
    for (let i = 0; i < all.length; i++) {
      const headers = new Map(all.slice(0, i + 1));
      expect(parseJssErrorResponse({ status: 404, headers }).requestId).toBe(all[i]![1]);
    }
  });
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
    const statuses = new Set(JSS_ERROR_CODES.map((code) => errorInfo[code].httpStatus));
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
