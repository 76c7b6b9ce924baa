import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { diffOf } from '../diff/command.js';
import type { CatalogDiff } from '../diff/diff.js';
import { mergeBaseWithMain, showFile } from '../diff/git.js';
import { bumpOf, IMPACTS } from '../diff/kinds.js';
import { type RepoContext, repoContext } from '../diff/side.js';

export const CHANGESET_USAGE = `Usage: pnpm jss-errors changeset [<base>] [<head>] [--root <dir>] [--catalog <file>]

  Writes .changeset/catalog-<hash>.md from the catalog diff (default: the merge base with main
  against the work tree): every affected package with the bump its changes need, and the
  changes by code. Replaces a catalog changeset written earlier on the branch.
`;

/** The files this module writes: `catalog-` and eight hex digits. */
const OWN_NAME = /^catalog-[0-9a-f]{8}\.md$/;
const MARK = 'Catalog changes';

export function runChangeset(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { root: { type: 'string' }, catalog: { type: 'string' } },
  });
  return writeCatalogChangeset(repoContext(values), positionals);
}

/** Shared by `changeset` and `generate --changeset`. */
export function writeCatalogChangeset(ctx: RepoContext, positionals: readonly string[] = []): number {
  const { diff, base, head } = diffOf(positionals, ctx);
  const file = composeChangeset(diff);
  if (!file) {
    process.stdout.write(`changeset: no catalog change between ${base} and ${head}; nothing written.\n`);
    return 0;
  }
  // Replaces the changesets this module wrote earlier on the branch (not present at the base):
  // the new one describes every change since the base.
  const dir = join(ctx.root, '.changeset');
  mkdirSync(dir, { recursive: true });
  const fork = mergeBaseWithMain(ctx.root)?.commit;
  const replaced = readdirSync(dir).filter(
    (name) =>
      name !== file.name &&
      OWN_NAME.test(name) &&
      (fork === undefined || showFile(ctx.root, fork, `.changeset/${name}`) === undefined) &&
      readFileSync(join(dir, name), 'utf8').includes(MARK),
  );
  for (const name of replaced) rmSync(join(dir, name));
  writeFileSync(join(dir, file.name), file.content);
  const note = replaced.length > 0 ? ` (replaces ${replaced.join(', ')})` : '';
  process.stdout.write(`changeset: wrote .changeset/${file.name}${note}\n${file.content}`);
  return 0;
}

/**
 * A changeset for a catalog diff: each affected package with the bump the diff needs (the fixed
 * group then releases them together), and a changelog entry naming every change.
 */
export function composeChangeset(diff: CatalogDiff): { name: string; content: string } | undefined {
  if (diff.changes.length === 0) return undefined;
  const releases = Object.entries(diff.packages).map(([name, p]) => `"${name}": ${bumpOf(p.impact)}`);
  const codes = [...new Set(diff.changes.flatMap((c) => (c.code === undefined ? [] : [c.code])))];
  const listed =
    codes.length > 10 ? `${codes.slice(0, 10).join(', ')} and ${codes.length - 10} more` : codes.join(', ');
  const heading = `${MARK}${codes.length > 0 ? ` (${listed})` : ''}.`;
  const items = IMPACTS.flatMap((impact) =>
    diff.changes
      .filter((c) => c.impact === impact)
      .map((c) => `- ${impact}: ${c.code === undefined || c.what.includes(c.code) ? '' : `${c.code}: `}${c.what}`),
  );
  const content = `---\n${releases.join('\n')}\n---\n\n${markdownText(heading)}\n\n${items.map(markdownText).join('\n')}\n`;
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 8);
  return { name: `catalog-${hash}.md`, content };
}

/** Catalog text inside the changelog: no raw HTML. */
const markdownText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
