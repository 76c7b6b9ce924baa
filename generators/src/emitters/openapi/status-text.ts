import type { CatalogModel, LocalizedText } from '../../model/types.js';
import { label } from '../../text/label.js';

/** `Status404`'s description in every locale: the codes a response of that status may carry. */
export function anyOfText(model: CatalogModel, status: number, codes: readonly string[]): LocalizedText {
  return perLocale(model, (locale) =>
    codes.length === 1
      ? label(model, 'openapi.statusOne', locale, { status: String(status), code: codes[0]! })
      : label(model, 'openapi.statusAny', locale, { status: String(status), codes: codes.join(', ') }),
  );
}

/** `Status404NoBody`'s description in every locale: the code a client assumes, and why. */
export function bodilessText(model: CatalogModel, status: number, code: string, note?: LocalizedText): LocalizedText {
  return perLocale(model, (locale) =>
    label(model, 'openapi.bodiless', locale, { status: String(status), code, note: note?.[locale] ?? '' }).trimEnd(),
  );
}

function perLocale(model: CatalogModel, say: (locale: string) => string): LocalizedText {
  return Object.fromEntries(model.locales.all.map((locale) => [locale, say(locale)]));
}
