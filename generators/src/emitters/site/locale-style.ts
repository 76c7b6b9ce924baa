/**
 * How a locale writes the glue between a label and its value, and names itself to browsers.
 * Chinese takes full-width punctuation with no space after it (GB/T 15834); every other locale
 * the catalog holds is written with ASCII punctuation and a space.
 */
export interface LocaleStyle {
  /** The `lang` attribute: a script subtag for Chinese, so browsers pick Simplified fonts. */
  readonly htmlLang: string;
  /** After a label: `Cause: …` / `原因：…`. */
  readonly colon: string;
  /** Between items of a list: `400, 413` / `400、413`. */
  readonly comma: string;
  /** Between parts of a sentence: `HTTP 404, …` / `HTTP 404，…`. */
  readonly clauseComma: string;
  /** Between clauses: `…; …` / `…；…`. */
  readonly semicolon: string;
  /** Ends a sentence before the next one. */
  readonly stop: string;
  readonly open: string;
  readonly close: string;
  /** Between a label that ends a sentence's lead-in and what it introduces (`… read as NoSuchKey`). */
  readonly gap: string;
}

const LATIN: LocaleStyle = {
  htmlLang: 'en',
  colon: ': ',
  comma: ', ',
  clauseComma: ', ',
  semicolon: '; ',
  stop: '. ',
  open: ' (',
  close: ')',
  gap: ' ',
};

const CHINESE: LocaleStyle = {
  htmlLang: 'zh-Hans',
  colon: '：',
  comma: '、',
  clauseComma: '，',
  semicolon: '；',
  stop: '。',
  open: '（',
  close: '）',
  gap: '',
};

export function localeStyle(locale: string): LocaleStyle {
  return locale === 'zh' || locale.startsWith('zh-') ? CHINESE : { ...LATIN, htmlLang: locale };
}
