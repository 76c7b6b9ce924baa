import { jssErrorCodes, type JssErrorCodeName } from '@jss/error-codes';
import catalog from '@jss/error-codes/catalog/errors.json' with { type: 'json' };
import { jssLocales, JSS_SOURCE_LOCALE, type JssCausesBundle, type JssMessageBundle } from '@jss/errors-i18n';

export { jssErrorCodes, jssLocales, JSS_SOURCE_LOCALE };
export type { JssErrorCodeName };

/** Every alias of the catalog, with its code, read at run time. */
export const ALIASES: readonly { alias: string; code: string }[] = (
  catalog.errors as { code: string; aliases?: string[] }[]
).flatMap((e) => (e.aliases ?? []).map((alias) => ({ alias, code: e.code })));

/** Each locale's message and causes bundles, from the built i18n package. */
export async function bundlesOf(locale: string): Promise<{ messages: JssMessageBundle; causes: JssCausesBundle }> {
  const [m, c] = await Promise.all([
    import(`@jss/errors-i18n/locales/${locale}`),
    import(`@jss/errors-i18n/causes/${locale}`),
  ]);
  return { messages: m.default, causes: c.default };
}
