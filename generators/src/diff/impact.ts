/** What a change does to consumers, from worst to mildest. */
export type Impact = 'breaking' | 'minor' | 'patch';

const RANK: Readonly<Record<Impact, number>> = { breaking: 3, minor: 2, patch: 1 };

/** The worse of two impacts; `undefined` is no change at all. */
export function worse(a: Impact | undefined, b: Impact | undefined): Impact | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

export const IMPACTS: readonly Impact[] = ['breaking', 'minor', 'patch'];
