import { formatJssError, registeredJssMessages } from '@jss/errors-i18n';
import { describe, expect, it } from 'vitest';

// Its own file: the registry starts empty in every test file.
describe('formatJssError before any bundle is registered', () => {
  it('says how to register one instead of guessing a language', () => {
    expect(registeredJssMessages()).toEqual([]);
    expect(() => formatJssError('NoSuchBucket')).toThrow(
      "formatJssError: no message bundle. Import one (import en from '@jss/errors-i18n/locales/en') and call registerJssMessages(en), or pass { bundles: [en] }.",
    );
  });
});
