import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { formatJssError, jssLocales, JSS_UNKNOWN_CODE_KEY } from '@jss/errors-i18n';
import { jssMessageBundles } from '@jss/errors-i18n/all';
import i18next, { type i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_REFS, sampleParams } from './support/samples.js';

const require = createRequire(import.meta.url);
const bundles = jssMessageBundles;

/** The JSON bundles as published, loaded as the `jss` namespace exactly as the README says. */
async function i18nextWithJssBundles(): Promise<i18n> {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    jssLocales.map((locale) => [
      locale,
      { jss: JSON.parse(readFileSync(require.resolve(`@jss/errors-i18n/locales/${locale}.json`), 'utf8')) },
    ]),
  );
  await instance.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    ns: ['jss'],
    defaultNS: 'jss',
    interpolation: { prefix: '{', suffix: '}', escapeValue: false },
  });
  return instance;
}

describe('a real i18next instance with the JSON bundles', () => {
  let i18n: i18n;
  beforeAll(async () => {
    i18n = await i18nextWithJssBundles();
  });

  it.each(jssLocales)('%s: gives the same string as formatJssError for every code and variant', (locale) => {
    for (const { code, variant } of ALL_REFS) {
      const params = sampleParams(code);
      const expected = formatJssError({ code, variant }, { locale, bundles, params });
      // `replace` keeps placeholder values apart from t()'s own options (count, context, lng, ...).
      expect(
        i18n.t(code, { lng: locale, context: variant, replace: params }),
        `${locale} ${code} ${variant ?? ''}`,
      ).toBe(expected);
    }
  });

  it.each(jssLocales)('%s: leaves a missing placeholder visible, where formatJssError drops it', (locale) => {
    // Not every param is a placeholder: some only name a field the wire carries.
    const { messages } = bundles.find((bundle) => bundle.locale === locale)!;
    const withPlaceholders = ALL_REFS.filter(({ key }) => messages[key]?.includes('{'));
    expect(withPlaceholders.length).toBeGreaterThan(5);
    for (const { code, variant } of withPlaceholders) {
      const text = i18n.t(code, { lng: locale, context: variant });
      expect(text).toMatch(/\{[a-zA-Z]+\}/);
      expect(formatJssError({ code, variant }, { locale, bundles })).not.toContain('{');
    }
  });

  it.each(jssLocales)('%s: the unknown-code sentence', (locale) => {
    expect(i18n.t(JSS_UNKNOWN_CODE_KEY, { lng: locale, replace: { code: 'NotARealJssCode' } })).toBe(
      formatJssError('NotARealJssCode' as string, { locale, bundles }),
    );
  });

  it("falls back to the code's text for an unknown context, as formatJssError does", () => {
    expect(i18n.t('BucketNotEmpty', { lng: 'zh', context: 'nope', replace: { bucket: 'b' } })).toBe(
      formatJssError({ code: 'BucketNotEmpty', variant: 'nope' } as { code: string; variant: string }, {
        locale: 'zh',
        bundles,
        params: { bucket: 'b' },
      }),
    );
  });
});
