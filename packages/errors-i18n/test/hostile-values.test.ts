import { createJssError } from '@jss/errors';
import { formatJssError } from '@jss/errors-i18n';
import { jssMessageBundles } from '@jss/errors-i18n/all';
import { describe, expect, it } from 'vitest';

const bundles = jssMessageBundles;
const throwing = (name: string) =>
  Object.defineProperty({}, name, {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });

describe('values that cannot be read or written count as none: formatting an error never hides it', () => {
  it('drops a placeholder whose params value has a throwing getter or is a revoked proxy', () => {
    expect(formatJssError('NoSuchBucket', { bundles, params: throwing('bucket') as never })).toBe(
      'The bucket does not exist.',
    );
    const { proxy, revoke } = Proxy.revocable({ bucket: 'b' }, {});
    revoke();
    expect(formatJssError('NoSuchBucket', { bundles, params: proxy })).toBe('The bucket does not exist.');
    // The unknown-code sentence copies params: that copy must not throw either.
    expect(formatJssError('NotARealJssCode' as string, { bundles, params: proxy })).toBe(
      'An error occurred (error code NotARealJssCode).',
    );
  });

  it('drops a value that cannot be written as text, and reads null-prototype params', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.bucket = 'photos';
    expect(formatJssError('NoSuchBucket', { bundles, params: bare })).toBe('The bucket photos does not exist.');
    const unwritable = { bucket: Object.create(null) as object };
    expect(formatJssError('NoSuchBucket', { bundles, params: unwritable as never })).toBe('The bucket does not exist.');
    const toStringThrows = {
      toString: () => {
        throw new Error('no');
      },
    };
    expect(formatJssError('NoSuchBucket', { bundles, params: { bucket: toStringThrows } as never })).toBe(
      'The bucket does not exist.',
    );
  });

  it("falls back to the error's other sources when one of its fields throws", () => {
    const error = { code: 'NoSuchBucket', resource: '/photos' };
    Object.defineProperty(error, 'bucket', {
      get: () => {
        throw new Error('field');
      },
    });
    Object.defineProperty(error, 'variant', {
      get: () => {
        throw new Error('variant');
      },
    });
    expect(formatJssError(error, { bundles, locale: 'zh' })).toBe('指定的 Bucket photos 不存在。');
    const real = createJssError('NoSuchBucket', { bucket: 'b' });
    expect(formatJssError(real, { bundles, params: throwing('bucket') as never })).toBe('The bucket b does not exist.');
  });

  it('says what is wrong when the code itself cannot be read', () => {
    expect(() => formatJssError(throwing('code') as never, { bundles })).toThrow(
      'formatJssError: expected a JssError, an error code or { code, variant }, got an object without a string `code`',
    );
  });
});
