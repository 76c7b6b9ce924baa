import { formatJssError, jssLocales } from '@jss/errors-i18n';
import { jssMessageBundles } from '@jss/errors-i18n/all';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { ALL_REFS, sampleParams } from './support/samples.js';

const bundles = jssMessageBundles;

describe('every template is an ICU message that intl-messageformat formats identically', () => {
  it.each(jssLocales)('%s', (locale) => {
    const { messages } = bundles.find((b) => b.locale === locale)!;
    for (const { code, variant, key } of ALL_REFS) {
      const params = sampleParams(code);
      const icu = new IntlMessageFormat(messages[key]!, locale).format(params);
      expect(icu, `${locale} ${key}`).toBe(formatJssError({ code, variant }, { locale, bundles, params }));
    }
  });

  it.each(jssLocales)('%s: the unknown-code sentence', (locale) => {
    const { messages } = bundles.find((b) => b.locale === locale)!;
    expect(new IntlMessageFormat(messages.unknownCode!, locale).format({ code: 'NotARealJssCode' })).toBe(
      formatJssError('NotARealJssCode' as string, { locale, bundles }),
    );
  });

  it('writes numbers as they are (no digit grouping), as a simple ICU argument does', () => {
    const { messages } = bundles.find((b) => b.locale === 'en')!;
    const expected = messages.TooManyParts!.replace('{maxParts}', '10000');
    expect(new IntlMessageFormat(messages.TooManyParts!, 'en').format({ maxParts: 10000 })).toBe(expected);
    expect(formatJssError('TooManyParts', { bundles, params: { maxParts: 10000 } })).toBe(expected);
  });
});
