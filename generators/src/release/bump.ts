import type { VersionType } from '@changesets/types';
import type { Impact } from '../diff/impact.js';

/** A changeset's bump type (changesets' own); `none` releases nothing. */
export type Bump = VersionType;

export const BUMP_OF: Readonly<Record<Impact, Bump>> = { breaking: 'major', minor: 'minor', patch: 'patch' };

const RANK: Readonly<Record<Bump, number>> = { none: 0, patch: 1, minor: 2, major: 3 };

export const atLeast = (have: Bump, need: Bump) => RANK[have] >= RANK[need];
