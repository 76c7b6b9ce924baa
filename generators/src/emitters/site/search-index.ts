import type { CatalogModel, ErrorModel } from '../../model/types.js';
import { retryClass, sourceKinds } from './facts.js';
import { indexOrder } from './index-order.js';
import { readableText } from './readable-text.js';
import { SEARCH_SYNONYMS } from './search-synonyms.js';

/**
 * The search data of one locale's index, as a script (not JSON: a page opened from `file://`
 * cannot fetch). One lower-cased haystack per code, in the order of the index's rows
 * (indexOrder): the code, its aliases, statuses, wire messages, and every locale's texts of the code and
 * its variants, except the code's text in the page's own locale, which the row already shows and
 * search.js reads from it (the index stays under the size limit). A query term matches when the
 * haystack contains it; terms hold no whitespace, so a match never spans two fields. Placeholders
 * read as on the pages (`‹bucket›`). `aliases` are `[alias, code]` pairs for the nearest-code hint.
 */
export function searchDataScript(model: CatalogModel, locale: string, notice: string): string {
  const errors = indexOrder(model);
  const codes = errors.map((e) => haystack(model, e, locale));
  // The filters' values per row, `statuses|fault|retry|sources`: shorter here than as attributes.
  const facets = errors.map((e) => [e.statuses.join(' '), e.fault, retryClass(e), sourceKinds(e).join(' ')].join('|'));
  // The other spellings a code is recognised by, for the nearest-code suggestion (the rows hold the codes).
  const aliases = errors.flatMap((e) => e.aliases.map((alias) => [alias, e.code]));
  const data = { synonyms: SEARCH_SYNONYMS, codes, facets, aliases };
  return `// ${notice}\nwindow.JSS_SEARCH = ${JSON.stringify(data)};\n`;
}

function haystack(model: CatalogModel, error: ErrorModel, pageLocale: string): string {
  const others = model.locales.all.filter((l) => l !== pageLocale);
  const texts = (text: Readonly<Record<string, string>>, locales = model.locales.all) =>
    locales.map((l) => readableText(text[l] ?? ''));
  const parts = [
    ...error.aliases,
    error.message,
    ...texts(error.text, others),
    ...error.variants.flatMap((v) => [v.id, v.message, ...texts(v.text)]),
  ].map(fold);
  // The row already holds the code, its status and its text in the page's locale.
  const shown = new Set([error.code, String(error.httpStatus), readableText(error.text[pageLocale] ?? '')].map(fold));
  const extra = error.statuses.filter((s) => s !== error.httpStatus).map(String);
  return [...new Set([...extra, ...parts])].filter((p) => !shown.has(p)).join('\n');
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
