import type { CatalogDiff } from './diff.js';
import { bumpOf, type Change, IMPACTS, type Impact } from './kinds.js';

const COLOUR: Readonly<Record<Impact, string>> = { breaking: '\x1b[31m', minor: '\x1b[33m', patch: '\x1b[32m' };
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';

interface Sides {
  readonly base: string;
  readonly head: string;
}

/** `pnpm jss-errors diff`: changes grouped by code, then the packages and the bump they need. */
export function formatHuman(diff: CatalogDiff, sides: Sides, colour: boolean): string {
  const paint = (impact: Impact, text: string) => (colour ? `${COLOUR[impact]}${text}${RESET}` : text);
  const bold = (text: string) => (colour ? `${BOLD}${text}${RESET}` : text);
  const lines = [`Catalog diff: ${sides.base} → ${sides.head}`];
  if (diff.changes.length === 0) return `${lines[0]}\nNo semantic change.\n`;
  lines.push(countLine(diff.changes), '');
  const groups = new Map<string, string[]>();
  for (const c of diff.changes) {
    const group = c.code ?? '(catalog)';
    groups.set(group, [...(groups.get(group) ?? []), `  ${paint(c.impact, c.impact.padEnd(8))}  ${c.what}`]);
  }
  for (const [group, changes] of groups) lines.push(bold(group), ...changes);
  lines.push('', bold('Packages'));
  for (const [name, p] of Object.entries(diff.packages))
    lines.push(`  ${name.padEnd(20)} ${paint(p.impact, bumpOf(p.impact))}`);
  return `${lines.join('\n')}\n`;
}

function countLine(changes: readonly Change[]): string {
  const counts = IMPACTS.map((i) => [i, changes.filter((c) => c.impact === i).length] as const);
  const s = changes.length === 1 ? '' : 's';
  return `${changes.length} change${s}: ${counts.flatMap(([i, n]) => (n > 0 ? [`${n} ${i}`] : [])).join(', ')}`;
}

/** `--json`: the changes, the worst impact and each package, with the bump each needs. */
export function formatJson(diff: CatalogDiff, sides: Sides): string {
  const packages = Object.fromEntries(
    Object.entries(diff.packages).map(([name, p]) => [name, { ...p, bump: bumpOf(p.impact) }]),
  );
  const bump = diff.impact ? bumpOf(diff.impact) : null;
  const body = { ...sides, impact: diff.impact ?? null, bump, changes: diff.changes, packages };
  return `${JSON.stringify(body, null, 2)}\n`;
}

const LISTED = 8;

/** One paragraph for `generate`: each change (the first few), then the release it needs. */
export function summaryParagraph(diff: CatalogDiff): string {
  if (diff.impact === undefined) return 'No semantic change to the catalog.';
  const shown = diff.changes.slice(0, LISTED).map((c) => {
    const what = c.code === undefined || c.what.includes(c.code) ? c.what : `${c.code} ${c.what}`;
    return `${what} (${c.impact})`;
  });
  const rest = diff.changes.length - shown.length;
  const more = rest > 0 ? `; and ${rest} more (\`pnpm jss-errors diff\` lists them)` : '';
  return `${shown.join('; ')}${more}. Release: ${bumpOf(diff.impact)} (${Object.keys(diff.packages).join(', ')}).`;
}
