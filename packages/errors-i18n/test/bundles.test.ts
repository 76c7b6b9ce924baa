import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { jssErrorCodes } from '@jss/error-codes';
import { jssLocales, JSS_SOURCE_LOCALE, JSS_UNKNOWN_CODE_KEY, type JssMessageBundle } from '@jss/errors-i18n';
import { jssMessageBundles } from '@jss/errors-i18n/all';
import en from '@jss/errors-i18n/locales/en';
import zh from '@jss/errors-i18n/locales/zh';
import { describe, expect, it } from 'vitest';
import { ALL_REFS } from './support/samples.js';

// Node's own resolution through the package's `exports`: the JSON files and the CommonJS build.
const require = createRequire(import.meta.url);
const jsonOf = (locale: string) =>
  JSON.parse(readFileSync(require.resolve(`@jss/errors-i18n/locales/${locale}.json`), 'utf8')) as Record<
    string,
    string
  >;

describe('bundles', () => {
  it('exist for every catalog locale, source first, in the all-locales entry', () => {
    expect(jssLocales[0]).toBe(JSS_SOURCE_LOCALE);
    expect(jssMessageBundles.map((b) => b.locale)).toEqual(jssLocales);
    expect([en.locale, zh.locale]).toEqual(['en', 'zh']);
  });

  it.each(jssLocales)('%s: the JSON, the ES module and the CommonJS module hold the same messages', (locale) => {
    const esm = jssMessageBundles.find((b) => b.locale === locale)!;
    const cjs = require(`@jss/errors-i18n/locales/${locale}`) as {
      default: JssMessageBundle;
      bundle: JssMessageBundle;
    };
    expect(esm.messages).toEqual(jsonOf(locale));
    expect(cjs.bundle.messages).toEqual(jsonOf(locale));
    expect(cjs.default).toBe(cjs.bundle);
  });

  it.each(jssLocales)(
    '%s has a key for every code and variant, the unknown-code sentence, and nothing else',
    (locale) => {
      const keys = Object.keys(jsonOf(locale));
      expect(keys).toEqual([...ALL_REFS.map((r) => r.key), JSS_UNKNOWN_CODE_KEY]);
      expect(ALL_REFS.filter((r) => r.variant === undefined)).toHaveLength(jssErrorCodes.length);
      for (const text of Object.values(jsonOf(locale))) expect(text.trim()).not.toBe('');
    },
  );

  it('the unknown-code sentence has exactly the {code} placeholder', () => {
    for (const locale of jssLocales)
      expect(jsonOf(locale)[JSS_UNKNOWN_CODE_KEY]!.match(/\{[^}]*\}/g)).toEqual(['{code}']);
  });
});
