import { errorInfo, jssErrorCodes, JSS_REFERENCE_BASE_URL } from '@jss/error-codes';
import {
  BucketNotEmptyError,
  createJssError,
  NoSuchBucketError,
  type JssErrorOptionsMap,
  NoSuchKeyError,
  SlowDownError,
  setJssDocsBaseUrl,
  UnknownJssError,
} from '@jss/errors';
import { type ErrorResponseOptions, generateHostId, generateRequestId, toErrorResponse } from '@jss/errors-server';
import { receivedNoSuchKey } from './support/received.js';
import { describe, expect, it } from 'vitest';

// The error and the response made in one call, as an application answers.
const noSuchBucketResponse = (o: JssErrorOptionsMap['NoSuchBucket'] & ErrorResponseOptions = {}) =>
  toErrorResponse(new NoSuchBucketError(o), o);

const ids = { requestId: '4442587FB7D0A2F9', hostId: 'Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTW' };
const bytes = (text: string | null) => Buffer.byteLength(text ?? '');

describe('the S3 XML error document', () => {
  it('is exactly what S3 sends, with every header', async () => {
    const response = noSuchBucketResponse({ resource: '/photos', bucket: 'photos', ...ids });
    await expect(response.body).toMatchFileSnapshot('./golden/no-such-bucket.xml');
    expect(response.status).toBe(404);
    expect(response.requestId).toBe(ids.requestId);
    expect(response.headers).toEqual({
      'content-type': 'application/xml',
      'content-length': String(bytes(response.body)),
      'x-amz-request-id': ids.requestId,
      'x-amz-id-2': ids.hostId,
      vary: 'Accept',
    });
  });

  it('carries a variant message and no Resource element when there is no resource', async () => {
    const response = toErrorResponse(new BucketNotEmptyError({ variant: 'acl' }), ids);
    await expect(response.body).toMatchFileSnapshot('./golden/bucket-not-empty-acl.xml');
  });

  it('escapes XML special characters once, keeps UTF-8 raw and counts Content-Length in bytes', async () => {
    const response = toErrorResponse(
      receivedNoSuchKey({ message: 'a<b & c>d "q" \'s\' &amp; 中文 🎉\r\nx', resource: '/b/<k>&' }),
      ids,
    );
    await expect(response.body).toMatchFileSnapshot('./golden/escaping.xml');
    expect(response.body).not.toMatch(/^\uFEFF/);
    expect(response.headers['content-length']).toBe(String(bytes(response.body)));
    expect(bytes(response.body)).toBeGreaterThan(response.body!.length);
  });

  it('replaces characters XML 1.0 cannot carry with U+FFFD, in every format alike', () => {
    const message = 'nul\u0000 bell\u0007 lone\uD800 low\uDC00 fffe\uFFFE ffff\uFFFF tab\t pair\uD83C\uDF89';
    const expected = 'nul\uFFFD bell\uFFFD lone\uFFFD low\uFFFD fffe\uFFFD ffff\uFFFD tab\t pair\uD83C\uDF89';
    const error = receivedNoSuchKey({ message });
    expect(toErrorResponse(error, ids).body).toContain(`<Message>${expected}</Message>`);
    expect(JSON.parse(toErrorResponse(error, { ...ids, accept: 'application/json' }).body!).Message).toBe(expected);
    expect(JSON.parse(toErrorResponse(error, { ...ids, accept: 'application/problem+json' }).body!).detail).toBe(
      expected,
    );
  });

  it('caps message and resource at 1024 code units without splitting a surrogate pair', () => {
    const long = `${'x'.repeat(1023)}🎉${'y'.repeat(100_000)}`;
    const body = JSON.parse(
      toErrorResponse(receivedNoSuchKey({ message: long, resource: `/${'r'.repeat(5000)}` }), {
        ...ids,
        accept: 'application/json',
      }).body!,
    );
    expect(body.Message).toBe('x'.repeat(1023));
    expect(body.Resource).toBe(`/${'r'.repeat(1023)}`);
  });

  it('escapes and caps a received code of an unknown error', () => {
    const response = toErrorResponse(new UnknownJssError(`<Evil>&${'C'.repeat(200)}`, { httpStatus: 418 }), ids);
    expect(response.status).toBe(418);
    expect(response.body).toContain(`<Code>&lt;Evil&gt;&amp;${'C'.repeat(128 - '<Evil>&'.length)}</Code>`);
  });
});

describe('JSON and problem+json bodies', () => {
  it('uses the XML field names in JSON', async () => {
    const response = noSuchBucketResponse({ resource: '/photos', ...ids, accept: 'application/json' });
    await expect(response.body).toMatchFileSnapshot('./golden/no-such-bucket.json');
    expect(response.headers['content-type']).toBe('application/json');
  });

  it("gives RFC 9457 problem details whose type is the code's page and title the code", async () => {
    const response = noSuchBucketResponse({ resource: '/photos', ...ids, accept: 'application/problem+json' });
    await expect(response.body).toMatchFileSnapshot('./golden/no-such-bucket.problem.json');
    expect(response.headers['content-type']).toBe('application/problem+json');
  });

  it('types every code by its docUrl', () => {
    for (const code of jssErrorCodes) {
      const error = createJssError(code);
      const body = JSON.parse(toErrorResponse(error, { ...ids, accept: 'application/problem+json' }).body!);
      expect(body.type, code).toBe(`${JSS_REFERENCE_BASE_URL}${errorInfo[code].docPath}`);
      expect(body.type, code).toBe(error.docUrl);
      expect(body.title, code).toBe(code);
    }
  });

  it('follows setJssDocsBaseUrl, and a variant keeps its anchor', () => {
    setJssDocsBaseUrl('https://mirror.example/jss/');
    try {
      const error = new BucketNotEmptyError({ variant: 'acl' });
      const body = JSON.parse(toErrorResponse(error, { ...ids, accept: 'application/problem+json' }).body!);
      expect(body.type).toBe(`https://mirror.example/jss/${errorInfo.BucketNotEmpty.docPath}#acl`);
    } finally {
      setJssDocsBaseUrl(JSS_REFERENCE_BASE_URL);
    }
  });

  it('types something unexpected as InternalError, by its page', () => {
    const body = JSON.parse(toErrorResponse(new Error('secret'), { ...ids, accept: 'application/problem+json' }).body!);
    expect(body.type).toBe(`${JSS_REFERENCE_BASE_URL}${errorInfo.InternalError.docPath}`);
  });

  it('gives about:blank and the status phrase (none for 567) to a code the catalog does not know', () => {
    for (const [httpStatus, title] of [
      [404, 'Not Found'],
      [567, undefined],
    ] as const) {
      const error = new UnknownJssError('Custom', { httpStatus, requestId: ids.requestId });
      const body = JSON.parse(toErrorResponse(error, { accept: 'application/problem+json' }).body!);
      expect(body).toEqual({
        type: 'about:blank',
        ...(title === undefined ? {} : { title }),
        status: httpStatus,
        detail: 'Custom',
        code: 'Custom',
        requestId: ids.requestId,
      });
    }
  });

  it('makes the type from problemTypeBase and the code the title', () => {
    const body = JSON.parse(
      noSuchBucketResponse({
        ...ids,
        accept: 'application/problem+json',
        problemTypeBase: 'https://errors.example/s3/',
      }).body!,
    );
    expect(body).toMatchObject({ type: 'https://errors.example/s3/NoSuchBucket', title: 'NoSuchBucket' });
  });
});

describe('HEAD', () => {
  it('has the GET status and headers (Content-Length of the GET body) and no body', () => {
    for (const accept of [undefined, 'application/json', 'application/problem+json']) {
      const get = toErrorResponse(new SlowDownError(), { ...ids, accept });
      const head = toErrorResponse(new SlowDownError(), { ...ids, accept, method: 'HEAD' });
      expect(head.body).toBeNull();
      expect(head.status).toBe(get.status);
      expect(head.headers).toEqual(get.headers);
    }
  });
});

describe('Retry-After', () => {
  it('is sent for exactly the codes the catalog gives one', () => {
    expect(toErrorResponse(new UnknownJssError('Custom', { httpStatus: 400 })).headers['retry-after']).toBeUndefined();
    for (const code of jssErrorCodes) {
      const info = errorInfo[code] as { retryAfter?: number };
      const sent = toErrorResponse(createJssError(code), ids).headers['retry-after'];
      expect(sent, code).toBe(info.retryAfter === undefined ? undefined : String(info.retryAfter));
    }
  });
});

describe('request ids', () => {
  it("uses the given id, else the error's, else a new S3-style one", () => {
    expect(
      toErrorResponse(new NoSuchKeyError({ requestId: 'FROM-ERROR' }), { requestId: 'FROM-OPTIONS' }).requestId,
    ).toBe('FROM-OPTIONS');
    expect(toErrorResponse(new NoSuchKeyError({ requestId: 'FROM-ERROR' })).requestId).toBe('FROM-ERROR');
    const fresh = toErrorResponse(new NoSuchKeyError());
    expect(fresh.requestId).toMatch(/^[0-9A-F]{16}$/);
    expect(fresh.headers['x-amz-request-id']).toBe(fresh.requestId);
    expect(fresh.body).toContain(`<RequestId>${fresh.requestId}</RequestId>`);
  });

  it.each([
    ['CR/LF', 'abc\r\nSet-Cookie: x=1'],
    ['space', 'abc def'],
    ['non-ASCII', 'réqüest'],
    ['XML', '<id>'],
    ['empty', ''],
    ['too many characters (129; 257 for x-amz-id-2)', 'A'.repeat(129)],
  ])('replaces an id with %s by a new one', (_what, requestId) => {
    const response = toErrorResponse(new NoSuchKeyError(), {
      requestId,
      hostId: requestId.length > 128 ? 'h'.repeat(257) : requestId,
    });
    expect(response.requestId).toMatch(/^[0-9A-F]{16}$/);
    expect(response.headers['x-amz-id-2']).toMatch(/^[A-Za-z0-9+/]{32}$/);
  });

  it('keeps ids of up to 128 safe characters (UUIDs, base64)', () => {
    for (const requestId of ['A'.repeat(128), '123e4567-e89b-12d3-a456-426614174000', 'a+b/c=d_e.f~g:h']) {
      expect(toErrorResponse(new NoSuchKeyError(), { requestId }).requestId).toBe(requestId);
    }
  });

  it('generates distinct hex ids that minio-js cannot mistake for numbers', () => {
    const made = Array.from({ length: 5000 }, generateRequestId);
    expect(new Set(made).size).toBe(made.length);
    for (const id of made) expect(id).toMatch(/^(?=.*[A-DF])[0-9A-F]{16}$/);
    const hosts = Array.from({ length: 100 }, generateHostId);
    expect(new Set(hosts).size).toBe(100);
    for (const id of hosts) expect(id).toMatch(/^[A-Za-z0-9+/]{32}$/);
  });
});

describe('anything that is not a JssError', () => {
  const secret = new TypeError('connect ECONNREFUSED 10.0.0.7:5432 password=hunter2', {
    cause: new Error('inner secret'),
  });

  it.each([
    ['an Error with a cause', secret],
    ['a string', 'password=hunter2'],
    ['undefined', undefined],
    ['a JssError-looking object', { code: 'NoSuchKey', httpStatus: 404, message: 'hunter2' }],
    ['a JssError with a status outside 300-599', new UnknownJssError('Weird', { httpStatus: 200, message: 'hunter2' })],
  ])('answers %s as InternalError without leaking it, and reports it', (_what, thrown) => {
    const seen: unknown[] = [];
    for (const accept of [undefined, 'application/json', 'application/problem+json']) {
      const response = toErrorResponse(thrown, {
        accept,
        onUnexpectedError: (error, context) => seen.push(error, context.requestId),
      });
      expect(response.status).toBe(500);
      expect(response.body).toContain('InternalError');
      expect(response.body).toContain(errorInfo.InternalError.message);
      expect(response.body).not.toMatch(/hunter2|secret|10\.0\.0\.7|at .*\.ts|TypeError/);
      expect(response.headers['retry-after']).toBe('1');
      expect(seen.slice(-2)).toEqual([thrown, response.requestId]);
    }
  });

  it('still answers when the hook throws', () => {
    const response = toErrorResponse(secret, {
      onUnexpectedError: () => {
        throw new Error('logger down');
      },
    });
    expect(response.status).toBe(500);
  });
});

describe('resource', () => {
  it("prefers the error's own resource to the request path, and omits an empty one", () => {
    expect(toErrorResponse(new NoSuchKeyError({ resource: '/own' }), { resource: '/path' }).body).toContain(
      '<Resource>/own</Resource>',
    );
    expect(toErrorResponse(new NoSuchKeyError(), { resource: '/path' }).body).toContain('<Resource>/path</Resource>');
    expect(toErrorResponse(new NoSuchKeyError(), { resource: '' }).body).not.toContain('<Resource>');
  });

  it("treats an error's empty resource as absent: the request path still shows", () => {
    const error = new NoSuchKeyError({ resource: '' });
    expect(error.resource).toBe('');
    expect(toErrorResponse(error, { resource: '/path' }).body).toContain('<Resource>/path</Resource>');
    expect(JSON.parse(toErrorResponse(error, { resource: '/path', accept: 'application/json' }).body!).Resource).toBe(
      '/path',
    );
    expect(toErrorResponse(error).body).not.toContain('<Resource>');
  });
});
