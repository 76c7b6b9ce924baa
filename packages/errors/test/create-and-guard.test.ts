import { createRequire } from 'node:module';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createJssError,
  isJssError,
  JssError,
  NoSuchBucketError,
  NoSuchKeyError,
  UnknownJssError,
  type BucketNotEmptyError,
} from '@jss/errors';

const require = createRequire(import.meta.url);
/** The CommonJS build: a second copy of every class, as when two versions are installed. */
const cjs = require('@jss/errors') as typeof import('@jss/errors');

describe('createJssError', () => {
  it('makes the class of the code, typed per code', () => {
    const error = createJssError('BucketNotEmpty', { variant: 'acl', bucket: 'b', requestId: 'R' });
    expectTypeOf(error).toEqualTypeOf<BucketNotEmptyError>();
    expect(error.constructor.name).toBe('BucketNotEmptyError');
    expect(error.variant).toBe('acl');
    expect(error.bucket).toBe('b');
    // @ts-expect-error: options are typed per code
    createJssError('NoSuchKey', { bucket: 'b' });
  });

  it('keeps a code it does not know, from untyped callers', () => {
    const error = createJssError('TeapotError' as string, { httpStatus: 418, message: 'short and stout' });
    expect(error).toBeInstanceOf(UnknownJssError);
    expect(error.code).toBe('TeapotError');
    expect(error.httpStatus).toBe(418);
    expect(error.message).toBe('short and stout');
    expect(createJssError('toString' as string)).toBeInstanceOf(UnknownJssError);
  });
});

describe('isJssError', () => {
  it('narrows to a code', () => {
    const value: unknown = new NoSuchKeyError({ key: 'a.txt' });
    expect(isJssError(value)).toBe(true);
    expect(isJssError(value, 'NoSuchKey')).toBe(true);
    expect(isJssError(value, 'NoSuchBucket')).toBe(false);
    if (isJssError(value, 'NoSuchKey')) expectTypeOf(value.key).toEqualTypeOf<string | undefined>();
  });

  it('rejects look-alikes', () => {
    expect(isJssError(new Error('x'))).toBe(false);
    expect(isJssError({ code: 'NoSuchKey', httpStatus: 404 })).toBe(false);
    expect(isJssError(null)).toBe(false);
    expect(isJssError('NoSuchKey')).toBe(false);
  });

  it('recognises errors from another copy of the package', () => {
    expect(cjs.NoSuchBucketError).not.toBe(NoSuchBucketError);
    const foreign = new cjs.NoSuchBucketError({ bucket: 'b' });
    expect(isJssError(foreign, 'NoSuchBucket')).toBe(true);
    expect(cjs.isJssError(new NoSuchBucketError(), 'NoSuchBucket')).toBe(true);
    expect(foreign instanceof NoSuchBucketError).toBe(true);
    expect(foreign instanceof JssError).toBe(true);
    expect(foreign instanceof NoSuchKeyError).toBe(false);
    expect(new cjs.UnknownJssError('X') instanceof UnknownJssError).toBe(true);
    expect(foreign instanceof UnknownJssError).toBe(false);
  });
});
