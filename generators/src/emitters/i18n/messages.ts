import type { CatalogModel } from '../../model/types.js';

/**
 * The key of the sentence shown for a code the bundle does not know. Codes start with a capital
 * letter, so a lowerCamelCase key can never collide with one.
 */
export const UNKNOWN_CODE_KEY = 'unknownCode';

/**
 * The sentence for an unknown code, per locale. It is not in the catalog (the schema has no
 * place for it yet); a locale missing here gets the source locale's sentence.
 */
const UNKNOWN_CODE_TEXT: Readonly<Record<string, string>> = {
  en: 'An error occurred (error code {code}).',
  zh: '发生错误（错误码：{code}）。',
};

/** Message key → text of one locale: each code, then its variants, in catalog order; the unknown-code sentence last. */
export function messagesOf(model: CatalogModel, locale: string): Array<[key: string, text: string]> {
  const entries: Array<[string, string]> = [];
  for (const e of model.errors) {
    entries.push([e.messageKey, e.text[locale]!]);
    for (const v of e.variants) entries.push([v.messageKey, v.text[locale]!]);
  }
  entries.push([UNKNOWN_CODE_KEY, unknownCodeText(model, locale)]);
  return entries;
}

function unknownCodeText(model: CatalogModel, locale: string): string {
  return UNKNOWN_CODE_TEXT[locale] ?? UNKNOWN_CODE_TEXT[model.locales.source] ?? UNKNOWN_CODE_TEXT.en!;
}

/** A locale tag as an identifier: `pt-BR` → `pt_BR` (the schema allows letters, digits and `-`). */
export function localeIdentifier(locale: string): string {
  return locale.replace(/-/g, '_');
}
