import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { jssErrorCodes } from '@jss/error-codes';
import { createJssError } from '@jss/errors';
import { jssErrorCauses } from '@jss/errors-i18n';
import en from '@jss/errors-i18n/causes/en';
import zh from '@jss/errors-i18n/causes/zh';
import { describe, expect, it } from 'vitest';

// The catalog as @jss/error-codes publishes it: what each code's causes must be.
const require = createRequire(import.meta.url);
interface Text {
  readonly [locale: string]: string;
}
interface Entry {
  code: string;
  causes: { cause: Text; fix: Text }[];
  variants: { id: string; causes: { cause: Text; fix: Text }[] }[];
  aliases: string[];
}
const catalog = JSON.parse(readFileSync(require.resolve('@jss/error-codes/catalog/errors.json'), 'utf8')) as {
  errors: Entry[];
};
const bundles = [en, zh];
const inLocale = (causes: Entry['causes'], locale: string) =>
  causes.map((c) => ({ cause: c.cause[locale], fix: c.fix[locale] }));

describe('jssErrorCauses', () => {
  it.each(['en', 'zh'])('gives every code and variant its catalog causes and fixes in %s', (locale) => {
    expect(catalog.errors.map((e) => e.code)).toEqual([...jssErrorCodes]);
    for (const e of catalog.errors) {
      expect(jssErrorCauses(e.code, { bundles, locale }), e.code).toEqual(inLocale(e.causes, locale));
      for (const v of e.variants) {
        const expected = inLocale(v.causes.length > 0 ? v.causes : e.causes, locale);
        expect(jssErrorCauses({ code: e.code, variant: v.id }, { bundles, locale }), `${e.code}/${v.id}`).toEqual(
          expected,
        );
      }
    }
  });

  it('takes an error, any case, an alias, and negotiates the locale', () => {
    const withAlias = catalog.errors.find((e) => e.aliases.length > 0 && e.causes.length > 0)!;
    expect(jssErrorCauses(withAlias.aliases[0]!, { bundles })).toEqual(inLocale(withAlias.causes, 'en'));
    expect(jssErrorCauses(withAlias.code.toUpperCase(), { bundles, locale: 'zh-CN,en;q=0.5' })).toEqual(
      inLocale(withAlias.causes, 'zh'),
    );
    const error = createJssError(withAlias.code as (typeof jssErrorCodes)[number]);
    expect(jssErrorCauses(error, { bundles, locale: 'zh' })).toEqual(inLocale(withAlias.causes, 'zh'));
  });

  it('takes the CommonJS modules as require returns them', () => {
    const cjs = ['en', 'zh'].map((l) => require(`@jss/errors-i18n/causes/${l}`) as { bundle: typeof en });
    const first = catalog.errors.find((e) => e.causes.length > 0)!;
    expect(jssErrorCauses(first.code, { bundles: cjs, locale: 'zh' })).toEqual(inLocale(first.causes, 'zh'));
  });

  it('has none for a code the catalog does not know, or without bundles', () => {
    expect(jssErrorCauses('NotARealJssCode' as string, { bundles })).toEqual([]);
    expect(jssErrorCauses('constructor' as string, { bundles })).toEqual([]);
    // @ts-expect-error: a literal code must be a catalog code
    expect(jssErrorCauses('NoSuchKye', { bundles })).toEqual([]);
    // @ts-expect-error: so must an error's literal code
    expect(jssErrorCauses({ code: 'NoSuchKye' }, { bundles })).toEqual([]);
    expect(jssErrorCauses(jssErrorCodes[0]!, { bundles: [] })).toEqual([]);
  });
});
