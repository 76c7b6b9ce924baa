import { errorInfo, jssErrorCodes, JSS_REFERENCE_BASE_URL } from '@jss/error-codes';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BucketNotEmptyError,
  errorClasses,
  InternalError,
  InvalidCallbackError,
  InvalidPartError,
  JssError,
  NoSuchBucketError,
  NotSuchBucketPolicyError,
  SlowDownError,
  parseJssErrorResponse,
} from '@jss/errors';
import * as api from '@jss/errors';

describe('one class per code', () => {
  it('exports a class for every code, named by the one rule', () => {
    for (const code of jssErrorCodes) {
      const className = code.endsWith('Error') ? code : `${code}Error`;
      const ErrorClass = (api as unknown as Record<string, (new () => JssError<string>) | undefined>)[className];
      expect(ErrorClass, className).toBe(errorClasses[code]);
      const error = new ErrorClass!();
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(JssError);
      expect(error.name).toBe(className);
      expect(error.code).toBe(code);
      expect(error.httpStatus).toBe(errorInfo[code].httpStatus);
      expect(error.message).toBe(errorInfo[code].message);
      expect(error.retryable).toBe(errorInfo[code].retryable);
      expect(error.fault).toBe(errorInfo[code].fault);
    }
  });

  it('keeps InternalError and the verbatim NotSuchBucketPolicy', () => {
    expect(new InternalError().name).toBe('InternalError');
    expect(new NotSuchBucketPolicyError().code).toBe('NotSuchBucketPolicy');
    expect(new InvalidCallbackError().httpStatus).toBe(567);
    expect(new InvalidCallbackError().fault).toBe('server');
  });

  it('carries request id, resource, typed placeholders and a standard cause', () => {
    const cause = new Error('disk on fire');
    const error = new NoSuchBucketError({ bucket: 'photos', requestId: 'ABC123', resource: '/photos', cause });
    expect(error.bucket).toBe('photos');
    expect(error.requestId).toBe('ABC123');
    expect(error.resource).toBe('/photos');
    expect(error.cause).toBe(cause);
    expect(error.params).toEqual({ bucket: 'photos' });
    expectTypeOf(error.code).toEqualTypeOf<'NoSuchBucket'>();
    expectTypeOf(error.bucket).toEqualTypeOf<string | undefined>();
    expectTypeOf(new InvalidPartError({ partNumber: 3 }).partNumber).toEqualTypeOf<number | undefined>();
    // @ts-expect-error: placeholders are typed per code
    new NoSuchBucketError({ key: 'x' });
  });

  it('has no own cause when none was given', () => {
    expect(Object.hasOwn(new NoSuchBucketError(), 'cause')).toBe(false);
  });

  it('chooses the wire message of a variant', () => {
    const acl = new BucketNotEmptyError({ variant: 'acl', bucket: 'b' });
    expect(acl.variant).toBe('acl');
    expect(acl.message).toBe(errorInfo.BucketNotEmpty.variants.acl);
    expect(new BucketNotEmptyError().message).toBe('The bucket you tried to delete is not empty.');
    // @ts-expect-error: variant ids are typed per code
    new BucketNotEmptyError({ variant: 'nope' });
    // @ts-expect-error: codes without variants take none
    new NoSuchBucketError({ variant: 'acl' });
  });

  it("takes no status or message by hand: those are the catalog's, or as received when parsed", () => {
    // @ts-expect-error: the status of a class is the catalog's
    new NoSuchBucketError({ httpStatus: 200 });
    // @ts-expect-error: so is its wire message
    new NoSuchBucketError({ message: 'made up' });
    const parsed = parseJssErrorResponse({ status: 410, body: '<Error><Code>NoSuchBucket</Code></Error>' });
    expect(parsed).toBeInstanceOf(NoSuchBucketError);
    expect(parsed.httpStatus).toBe(410);
  });

  it('exposes the catalog retry advice', () => {
    const slow = new SlowDownError();
    expect(slow.throttling).toBe(true);
    expect(slow.retryable).toBe(true);
    expect(slow.retryAfter).toBe(errorInfo.SlowDown.retryAfter);
    expect(new NoSuchBucketError().retryAfter).toBeUndefined();
  });

  it('serialises to JSON without stack or cause', () => {
    const error = new BucketNotEmptyError({
      variant: 'multipartUploads',
      bucket: 'b',
      requestId: 'R',
      cause: new Error('secret'),
    });
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(json).toEqual({
      name: 'BucketNotEmptyError',
      code: 'BucketNotEmpty',
      message: errorInfo.BucketNotEmpty.variants.multipartUploads,
      httpStatus: 409,
      variant: 'multipartUploads',
      requestId: 'R',
      retryable: false,
      params: { bucket: 'b' },
      docUrl: `${JSS_REFERENCE_BASE_URL}${errorInfo.BucketNotEmpty.docPath}#multipartUploads`,
    });
    expect(JSON.stringify(error)).not.toContain('secret');
    expect(JSON.stringify(error)).not.toContain('at ');
  });

  it('names the class in the stack trace', () => {
    expect(new NoSuchBucketError().stack?.split('\n')[0]).toBe(
      'NoSuchBucketError: The specified bucket does not exist.',
    );
  });

  it('instanceof tells codes apart', () => {
    const error: unknown = new NoSuchBucketError();
    expect(error instanceof NoSuchBucketError).toBe(true);
    expect(error instanceof SlowDownError).toBe(false);
    expect(error instanceof JssError).toBe(true);
    expect(new Error('x') instanceof JssError).toBe(false);
    expect({ code: 'NoSuchBucket' } instanceof NoSuchBucketError).toBe(false);
  });
});
