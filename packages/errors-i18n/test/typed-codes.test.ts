import { JssErrorCode, type JssErrorCodeInput, type JssErrorCodeName } from '@jss/error-codes';
import { createJssError } from '@jss/errors';
import { formatJssError } from '@jss/errors-i18n';
import { jssMessageBundles } from '@jss/errors-i18n/all';
import { describe, expect, expectTypeOf, it } from 'vitest';

const bundles = jssMessageBundles;

// These lines are checked by tsc (the package's typecheck script), and run by vitest.
describe('formatJssError: codes are checked at compile time and resolved at run time', () => {
  it('refuses a misspelt literal code, and per-code params, at compile time', () => {
    // @ts-expect-error: a typo in a literal code
    expect(formatJssError('NoSuchBukcet', { bundles })).toBe('An error occurred (error code NoSuchBukcet).');
    // @ts-expect-error: NoSuchKey takes {key}, not {kye}
    formatJssError('NoSuchKey', { bundles, params: { kye: 'a' } });
    expect(formatJssError(JssErrorCode.NoSuchKey, { bundles, params: { key: 'a' } })).toBe(
      'The object a does not exist.',
    );
  });

  it('takes a code held in a string, matched by case and alias', () => {
    const fromTheWire: string = 'nosuchbucketpolicy';
    expect(formatJssError(fromTheWire, { bundles, params: { bucket: 'b', anything: 1 } })).toBe(
      'The bucket b does not have a bucket policy.',
    );
    expect(formatJssError(createJssError(fromTheWire), { bundles })).toBe('The bucket does not have a bucket policy.');
  });

  it('shares its parameter type with the other code APIs', () => {
    expectTypeOf<JssErrorCodeInput<'NoSuchBukcet'>>().toEqualTypeOf<JssErrorCodeName>();
    expectTypeOf<JssErrorCodeInput<'NoSuchKey'>>().toEqualTypeOf<'NoSuchKey'>();
    expectTypeOf<JssErrorCodeInput<string>>().toEqualTypeOf<string>();
  });
});

describe('formatJssError: the code of an error-like object literal is checked too', () => {
  it('refuses a misspelt literal code in { code }, and takes errors and JSON as they are', () => {
    // @ts-expect-error: a typo in a literal code
    expect(formatJssError({ code: 'NoSuchBukcet' }, { bundles })).toBe('An error occurred (error code NoSuchBukcet).');
    expect(formatJssError({ code: 'BucketNotEmpty', variant: 'acl' }, { bundles, params: { bucket: 'b' } })).toBe(
      jssMessageBundles[0]!.messages.BucketNotEmpty_acl!.replace('{bucket}', 'b'),
    );
    const json = JSON.parse(JSON.stringify(createJssError('NoSuchKey', { key: 'k' }))) as { code: string };
    expect(formatJssError(json, { bundles })).toBe('The object k does not exist.');
    expect(formatJssError(createJssError('NotARealJssCode' as string), { bundles })).toBe(
      'An error occurred (error code NotARealJssCode).',
    );
  });
});
