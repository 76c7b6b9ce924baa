import type { PackageName } from '../diff/targets.js';
import { atLeast, type Bump, higher } from './bump.js';
import type { ChangesetEntry } from './front-matter.js';

export interface Shortfall {
  readonly pkg: string;
  readonly need: Bump;
  readonly have: Bump;
}

/**
 * What the changesets release for each package: the highest bump any changeset gives it, or
 * (fixed groups release together) any package of its group.
 */
export function releasedBump(pkg: string, changesets: readonly ChangesetEntry[], groups: readonly string[][]): Bump {
  const group = groups.find((g) => g.includes(pkg)) ?? [pkg];
  let bump: Bump = 'none';
  for (const c of changesets) for (const member of group) bump = higher(bump, c.releases.get(member) ?? 'none');
  return bump;
}

/** The packages whose required bump the changesets do not reach. */
export function shortfalls(
  required: Readonly<Partial<Record<PackageName, Bump>>>,
  changesets: readonly ChangesetEntry[],
  groups: readonly string[][],
): Shortfall[] {
  return Object.entries(required).flatMap(([pkg, need]) => {
    const have = releasedBump(pkg, changesets, groups);
    return atLeast(have, need!) ? [] : [{ pkg, need: need!, have }];
  });
}
