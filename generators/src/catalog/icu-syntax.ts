/**
 * Catalog texts are plain text with `{name}` placeholders, and must read the same in ICU
 * MessageFormat (intl-messageformat), where an apostrophe before a brace or another apostrophe
 * quotes text (`'{x}'` prints `{x}`, `''` prints `'`) and `<b>` opens a rich-text tag.
 * Says what is wrong with a text, or undefined when nothing is.
 */
export function icuSyntaxProblem(text: string): string | undefined {
  if (/'['{}]/.test(text)) {
    return `an apostrophe before "{", "}" or another apostrophe is ICU quoting and would vanish in intl-messageformat; reword it or use ’`;
  }
  if (/<[A-Za-z/]/.test(text)) {
    return 'text like <b> is a tag in intl-messageformat; write the text without angle brackets';
  }
  return undefined;
}
