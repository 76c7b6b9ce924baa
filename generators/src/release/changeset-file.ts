import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogDiff } from '../diff/diff.js';
import { IMPACTS } from '../diff/impact.js';
import { BUMP_OF } from './bump.js';

/** The files this module writes: `catalog-` and eight hex digits. */
const OWN_NAME = /^catalog-[0-9a-f]{8}\.md$/;
const MARK = 'Catalog changes';

export interface ChangesetFile {
  readonly name: string;
  readonly content: string;
}

/**
 * A changeset for a catalog diff: each affected package with the bump its changes need (the
 * fixed group then releases them together), and a changelog entry naming every change.
 */
export function composeChangeset(diff: CatalogDiff): ChangesetFile | undefined {
  if (diff.changes.length === 0) return undefined;
  const releases = Object.entries(diff.packages).map(([name, p]) => `"${name}": ${BUMP_OF[p.impact]}`);
  const codes = [...new Set(diff.changes.flatMap((c) => (c.code === undefined ? [] : [c.code])))];
  const heading = `${MARK}${codes.length > 0 ? ` (${listed(codes)})` : ''}.`;
  const items = IMPACTS.flatMap((impact) =>
    diff.changes
      .filter((c) => c.impact === impact)
      .map((c) => `- ${impact}: ${c.code === undefined || c.what.includes(c.code) ? '' : `${c.code}: `}${c.what}`),
  );
  const content = `---\n${releases.join('\n')}\n---\n\n${markdownText(heading)}\n\n${items.map(markdownText).join('\n')}\n`;
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 8);
  return { name: `catalog-${hash}.md`, content };
}

const listed = (codes: readonly string[]) =>
  codes.length > 10 ? `${codes.slice(0, 10).join(', ')} and ${codes.length - 10} more` : codes.join(', ');

/** Catalog text inside the changelog: no raw HTML. */
const markdownText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Writes the changeset, replacing the ones this module wrote earlier on the branch (not present
 * at the base): the new one describes every change since the base.
 */
export function writeChangeset(root: string, file: ChangesetFile, existedAtBase: (name: string) => boolean): string[] {
  const dir = join(root, '.changeset');
  mkdirSync(dir, { recursive: true });
  const replaced = (existsSync(dir) ? readdirSync(dir) : []).filter(
    (name) =>
      name !== file.name &&
      OWN_NAME.test(name) &&
      !existedAtBase(name) &&
      readFileSync(join(dir, name), 'utf8').includes(MARK),
  );
  for (const name of replaced) rmSync(join(dir, name));
  writeFileSync(join(dir, file.name), file.content);
  return replaced;
}
