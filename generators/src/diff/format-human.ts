import type { Change } from './change.js';
import type { CatalogDiff } from './diff.js';
import { IMPACTS, type Impact } from './impact.js';
import { BUMP_OF } from '../release/bump.js';

const COLOUR: Readonly<Record<Impact, string>> = { breaking: '\x1b[31m', minor: '\x1b[33m', patch: '\x1b[32m' };
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';

/** Changes grouped by code, then the bump each package needs. */
export function formatHuman(diff: CatalogDiff, sides: { base: string; head: string }, colour: boolean): string {
  const paint = (impact: Impact, text: string) => (colour ? `${COLOUR[impact]}${text}${RESET}` : text);
  const bold = (text: string) => (colour ? `${BOLD}${text}${RESET}` : text);
  const lines = [`Catalog diff: ${sides.base} → ${sides.head}`];
  if (diff.changes.length === 0) return `${lines[0]}\nNo semantic change.\n`;
  lines.push(countLine(diff.changes), '');
  for (const [group, changes] of groups(diff.changes)) {
    lines.push(bold(group));
    for (const c of changes) {
      const docs = c.targets.includes('docs') ? ' +docs' : '';
      lines.push(`  ${paint(c.impact, c.impact.padEnd(8))}  ${c.what}  [${c.packages.join(', ')}${docs}]`);
    }
  }
  lines.push('', bold('Packages'));
  for (const [name, p] of Object.entries(diff.packages)) {
    const codes =
      p.codes.length === 0
        ? ''
        : `  ${p.codes.length > 6 ? `${p.codes.slice(0, 6).join(', ')}, …` : p.codes.join(', ')}`;
    lines.push(`  ${name.padEnd(20)} ${paint(p.impact, BUMP_OF[p.impact].padEnd(5))}${codes}`);
  }
  return `${lines.join('\n')}\n`;
}

export function countLine(changes: readonly Change[]): string {
  const counts = IMPACTS.map((i) => [i, changes.filter((c) => c.impact === i).length] as const).filter(
    ([, n]) => n > 0,
  );
  const s = changes.length === 1 ? '' : 's';
  return `${changes.length} change${s}: ${counts.map(([i, n]) => `${n} ${i}`).join(', ')}`;
}

function groups(changes: readonly Change[]): Map<string, Change[]> {
  const out = new Map<string, Change[]>();
  for (const c of changes) {
    const group = c.code ?? '(catalog)';
    out.set(group, [...(out.get(group) ?? []), c]);
  }
  return out;
}
