import type { CatalogModel } from '../../model/types.js';
import { type LabelName, label } from '../../text/label.js';

/**
 * The key of the sentence shown for a code the bundle does not know (the catalog's label
 * `unknownCode`). Codes start with a capital letter, so a lowerCamelCase key can never collide.
 */
export const UNKNOWN_CODE_KEY = 'unknownCode' satisfies LabelName;

/**
 * Message key → text of one locale: each code, then its variants, in catalog order; then the
 * retired codes (an app still shows old logs, and `formatJssError` finds them by code); the
 * unknown-code sentence last.
 */
export function messagesOf(model: CatalogModel, locale: string): Array<[key: string, text: string]> {
  const entries = model.errors.flatMap((e) => e.cases.map((c): [string, string] => [c.messageKey, c.text[locale]!]));
  for (const r of model.retired) entries.push([r.messageKey, r.text[locale]!]);
  entries.push([UNKNOWN_CODE_KEY, label(model, UNKNOWN_CODE_KEY, locale)]);
  return entries;
}

/** A locale tag as an identifier: `pt-BR` → `pt_BR` (the schema allows letters, digits and `-`). */
export function localeIdentifier(locale: string): string {
  return locale.replace(/-/g, '_');
}
