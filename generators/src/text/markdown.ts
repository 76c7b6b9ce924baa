/** Text made safe for one Markdown table cell: no pipes, no line breaks, no raw HTML. */
export function tableCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\r\n?|\n/g, ' ')
    .trim();
}

/** Inline code in a cell. Codes are identifiers, so no backtick can occur in them. */
export function codeSpan(text: string): string {
  return `\`${text}\``;
}

/** Two sentences in a row: a space after Latin punctuation, none after a full-width one (Chinese). */
export function joinSentences(first: string, second: string): string {
  return /[\u3000-\u303f\uff00-\uffef]$/.test(first) ? `${first}${second}` : `${first} ${second}`;
}
