/** Longest message or resource sent, in UTF-16 code units; longer text is cut (never mid-pair). */
export const MAX_TEXT_LENGTH = 1024;
/** Longest error code sent (codes from UnknownJssError are received text). */
export const MAX_CODE_LENGTH = 128;

// Everything XML 1.0 can carry (its `Char` production). With the `u` flag a lone surrogate is one
// code point outside these ranges, so it matches too.
const UNSENDABLE = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const UNSENDABLE_ALL = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text as it goes into every body format: cut to `max` code units, then each character XML 1.0
 * cannot carry (C0 controls but tab, LF, CR; lone surrogates; U+FFFE, U+FFFF) replaced by U+FFFD.
 * XML, JSON and problem+json therefore always carry the same value.
 */
export function wireText(value: unknown, max: number): string {
  let text = typeof value === 'string' ? value : String(value);
  if (text.length > max) {
    // Cutting between a high and a low surrogate would create a lone surrogate.
    const splitsPair = isHighSurrogate(text.charCodeAt(max - 1)) && isLowSurrogate(text.charCodeAt(max));
    const end = splitsPair ? max - 1 : max;
    text = text.slice(0, end);
  }
  return UNSENDABLE.test(text) ? text.replace(UNSENDABLE_ALL, '\uFFFD') : text;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
