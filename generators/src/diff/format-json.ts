import { BUMP_OF } from '../release/bump.js';
import type { CatalogDiff } from './diff.js';

/** `--json`: the changes and per-package impacts, with the bump each needs. */
export function formatJson(diff: CatalogDiff, sides: { base: string; head: string }): string {
  const packages = Object.fromEntries(
    Object.entries(diff.packages).map(([name, p]) => [name, { ...p, bump: BUMP_OF[p.impact] }]),
  );
  const body = {
    base: sides.base,
    head: sides.head,
    impact: diff.impact ?? null,
    bump: diff.impact ? BUMP_OF[diff.impact] : null,
    changes: diff.changes,
    packages,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
