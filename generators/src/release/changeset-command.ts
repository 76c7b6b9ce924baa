import { parseArgs } from 'node:util';
import { sidesFrom } from '../diff/command.js';
import { repoContext } from '../diff/context.js';
import { diffCatalogs } from '../diff/diff.js';
import { mergeBaseWithMain, showFile } from '../diff/git.js';
import { loadSide } from '../diff/side.js';
import { composeChangeset, writeChangeset } from './changeset-file.js';

export const CHANGESET_USAGE = `Usage: pnpm generate changeset [<base>] [<head>] [--root <dir>] [--catalog <file>]

  Writes .changeset/catalog-<hash>.md from the catalog diff (default: the merge base with main
  against the work tree): every affected package with the bump its changes need, and the
  changes by code. Replaces a catalog changeset written earlier on the branch.
`;

export function runChangeset(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { root: { type: 'string' }, catalog: { type: 'string' } },
  });
  const ctx = repoContext(values);
  return writeCatalogChangeset(ctx, positionals);
}

/** Shared by `changeset` and `generate --changeset`. */
export function writeCatalogChangeset(
  ctx: ReturnType<typeof repoContext>,
  positionals: readonly string[] = [],
): number {
  const [base, head] = sidesFrom(positionals, ctx);
  const diff = diffCatalogs(loadSide(base, ctx.schemaPath), loadSide(head, ctx.schemaPath));
  const file = composeChangeset(diff);
  if (!file) {
    process.stdout.write(`changeset: no catalog change between ${base.label} and ${head.label}; nothing written.\n`);
    return 0;
  }
  const fork = mergeBaseWithMain(ctx.root)?.commit;
  const existedAtBase = (name: string) =>
    fork !== undefined && showFile(ctx.root, fork, `.changeset/${name}`) !== undefined;
  const replaced = writeChangeset(ctx.root, file, existedAtBase);
  const note = replaced.length > 0 ? ` (replaces ${replaced.join(', ')})` : '';
  process.stdout.write(`changeset: wrote .changeset/${file.name}${note}\n${file.content}`);
  return 0;
}
