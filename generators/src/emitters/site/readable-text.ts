/**
 * A catalog text as a reader sees it where no value fills it (the index, a code's page): each
 * `{param}` becomes `‹param›`, a token that reads as "a bucket name goes here" instead of code.
 */
export function readableText(text: string): string {
  return text.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, '‹$1›');
}
