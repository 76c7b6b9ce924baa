import { jssErrorCodes, JssErrorCode } from '@jss/error-codes';
import {
  createJssError,
  isJssError,
  type JssError,
  type NoSuchBucketError,
  type NotSuchBucketPolicyError,
  UnknownJssError,
} from '@jss/errors';
import { describe, expect, expectTypeOf, it } from 'vitest';

describe('createJssError and isJssError: literal codes are checked, string codes resolved', () => {
  it('refuses misspelt literal codes and options of another code at compile time', () => {
    // @ts-expect-error: a typo in a literal code
    expect(createJssError('NoSuchBuckett')).toBeInstanceOf(UnknownJssError);
    // @ts-expect-error: a typo in a literal code
    expect(isJssError(createJssError('SlowDown'), 'SlowDwn')).toBe(false);
    // @ts-expect-error: NoSuchBucket has no key
    createJssError('NoSuchBucket', { key: 'k' });
  });

  it('types a literal code per code, an enum member too', () => {
    expectTypeOf(createJssError('NoSuchBucket', { bucket: 'b' })).toEqualTypeOf<NoSuchBucketError>();
    expectTypeOf(createJssError(JssErrorCode.NoSuchBucket)).toEqualTypeOf<NoSuchBucketError>();
    const value: unknown = createJssError('NoSuchBucket', { bucket: 'b' });
    if (isJssError(value, 'NoSuchBucket')) expectTypeOf(value).toEqualTypeOf<NoSuchBucketError>();
    expect(isJssError(value, 'NoSuchBucket')).toBe(true);
  });

  it('types a code held in a string honestly, as JssError', () => {
    const fromTheWire: string = 'NoSuchBucket';
    const error = createJssError(fromTheWire, { httpStatus: 404 });
    expectTypeOf(error).toEqualTypeOf<JssError<string>>();
    expect(error.constructor.name).toBe('NoSuchBucketError');
    const value: unknown = error;
    if (isJssError(value, fromTheWire)) expectTypeOf(value).toEqualTypeOf<JssError<string>>();
  });

  it('resolves a string code case-insensitively and through aliases, for every catalog code', () => {
    for (const code of jssErrorCodes) {
      for (const spelling of [code, code.toLowerCase(), code.toUpperCase()] as string[]) {
        const error = createJssError(spelling);
        expect(error.code, spelling).toBe(code);
        expect(error).not.toBeInstanceOf(UnknownJssError);
        expect(isJssError(error, spelling), spelling).toBe(true);
      }
    }
    const aws: string = 'NoSuchBucketPolicy';
    const policy = createJssError(aws);
    expect(policy.constructor.name).toBe('NotSuchBucketPolicyError');
    expect(policy.httpStatus).not.toBe(500);
    expect(isJssError(policy, aws)).toBe(true);
    expect(isJssError(policy, 'NotSuchBucketPolicy')).toBe(true);
    expectTypeOf<NotSuchBucketPolicyError>().toMatchTypeOf<JssError<string>>();
  });

  it('keeps a code the catalog does not know, as received', () => {
    const unknown: string = 'NotARealJssCode';
    const error = createJssError(unknown, { httpStatus: 418 });
    expect(error).toBeInstanceOf(UnknownJssError);
    expect(error.code).toBe('NotARealJssCode');
    expect(isJssError(error, unknown)).toBe(true);
    expect(isJssError(error, 'notarealjsscode' as string)).toBe(false);
    expect(isJssError(error, 'NoSuchBucket')).toBe(false);
  });
});
