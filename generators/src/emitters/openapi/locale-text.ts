import type { LocalesModel, LocalizedText } from '../../model/types.js';

/**
 * A description in the source locale, and each other locale in an `x-jss-description-<locale>`
 * extension, since OpenAPI has one description field and no notion of language.
 */
export function localizedDescription(text: LocalizedText, locales: LocalesModel): Record<string, string> {
  const out: Record<string, string> = { description: text[locales.source]! };
  for (const locale of locales.all) {
    const value = text[locale];
    if (locale !== locales.source && value !== undefined) out[`x-jss-description-${locale}`] = value;
  }
  return out;
}
