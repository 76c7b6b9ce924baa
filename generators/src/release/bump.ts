import type { Impact } from '../diff/impact.js';

/** A changeset's bump type; `none` releases nothing. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

export const BUMP_OF: Readonly<Record<Impact, Bump>> = { breaking: 'major', minor: 'minor', patch: 'patch' };

const RANK: Readonly<Record<Bump, number>> = { none: 0, patch: 1, minor: 2, major: 3 };

export const isBump = (value: string): value is Bump => Object.hasOwn(RANK, value);

export const atLeast = (have: Bump, need: Bump) => RANK[have] >= RANK[need];

export const higher = (a: Bump, b: Bump): Bump => (RANK[a] >= RANK[b] ? a : b);
