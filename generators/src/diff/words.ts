/** Catalog text as it enters a change's description: JSON-quoted (no control characters), cut. */
export function quote(text: string, max = 60): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(cut);
}

export const brace = (name: string) => `{${name}}`;

/** Structural equality of plain model values, without allocating (a diff of 10,000 codes runs it often). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (!Object.hasOwn(x, key)) continue;
    count++;
    if (!Object.hasOwn(y, key) || !same(x[key], y[key])) return false;
  }
  for (const key in y) if (Object.hasOwn(y, key)) count--;
  return count === 0;
}

/** Equal in `locales`: an added locale is its own change, not a change of every text. */
export function sameIn(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
  locales: readonly string[],
): boolean {
  for (const l of locales) if (a[l] !== b[l]) return false;
  return true;
}

export function added<T>(before: readonly T[], after: readonly T[]): T[] {
  const had = new Set(before);
  return after.filter((x) => !had.has(x));
}
