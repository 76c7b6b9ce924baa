/** Catalog text as it enters a change's description: JSON-quoted (no control characters), cut. */
export function quote(text: string, max = 60): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(cut);
}

export const brace = (name: string) => `{${name}}`;

export const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** `text` restricted to `locales`, so an added locale does not show as a change of every text. */
export function inLocales<T>(
  text: Readonly<Record<string, T>>,
  locales: readonly string[],
): Record<string, T | undefined> {
  return Object.fromEntries(locales.map((l) => [l, text[l]]));
}

export function added<T>(before: readonly T[], after: readonly T[]): T[] {
  const had = new Set(before);
  return after.filter((x) => !had.has(x));
}
