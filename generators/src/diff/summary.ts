import type { Change } from './change.js';
import type { CatalogDiff } from './diff.js';
import { BUMP_OF } from '../release/bump.js';

const LISTED = 8;

/**
 * One paragraph for `generate`: each change (the first few), breaking ones with the packages
 * they break, then the release it needs.
 */
export function summaryParagraph(diff: CatalogDiff): string {
  if (diff.changes.length === 0 || diff.impact === undefined) return 'No semantic change to the catalog.';
  const shown = diff.changes.slice(0, LISTED).map(phrase);
  const rest = diff.changes.length - shown.length;
  const more = rest > 0 ? `; and ${rest} more (\`pnpm generate diff\` lists them)` : '';
  const release = Object.entries(diff.packages)
    .map(([name, p]) => `${name} ${BUMP_OF[p.impact]}`)
    .join(', ');
  return `${shown.join('; ')}${more}. Release: ${release}.`;
}

function phrase(c: Change): string {
  const what = c.code === undefined || c.what.includes(c.code) ? c.what : `${c.code} ${c.what}`;
  return c.impact === 'breaking' ? `${what} (breaking for ${c.packages.join(', ')})` : `${what} (${c.impact})`;
}
