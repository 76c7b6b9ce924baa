import { parseArgs } from 'node:util';
import { type CatalogDiff, diffCatalogs } from './diff.js';
import { formatHuman, formatJson } from './format.js';
import { baseSide, loadSides, type RepoContext, repoContext, sideOf, workTreeSide } from './side.js';

export const DIFF_USAGE = `Usage: pnpm jss-errors diff [<base>] [<head>] [--json] [--root <dir>] [--catalog <file>]

  <base>, <head>     git refs (their catalog/errors.yaml), ref:path, or catalog files;
                     default: the merge base with main, against the work tree
  --json             machine-readable: changes, impacts, packages and their bumps
  --root <dir>       the repository (default: this one)
  --catalog <file>   the work tree's catalog (default: <root>/catalog/errors.yaml)
  --color / --no-color
`;

/** The diff of the two sides the positional arguments name, the defaults filled in, and their labels. */
export function diffOf(
  positionals: readonly string[],
  ctx: RepoContext,
): { diff: CatalogDiff; base: string; head: string } {
  const base = positionals[0] === undefined ? baseSide(ctx) : sideOf(positionals[0], ctx);
  const head = positionals[1] === undefined ? workTreeSide(ctx) : sideOf(positionals[1], ctx);
  // The same bytes: nothing to load (the base from git is loaded only when it differs).
  if (base.text === head.text) {
    return { diff: { changes: [], impact: undefined, packages: {} }, base: base.label, head: head.label };
  }
  const loaded = loadSides(base, head);
  return { diff: diffCatalogs(loaded.base, loaded.head), base: loaded.label, head: head.label };
}

export function runDiff(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      root: { type: 'string' },
      catalog: { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
    },
  });
  if (positionals.length > 2) throw new UsageError(`diff takes at most two catalogs\n\n${DIFF_USAGE}`);
  const { diff, ...labels } = diffOf(positionals, repoContext(values));
  const colour = values['no-color'] ? false : (values.color ?? (process.stdout.isTTY && !process.env.NO_COLOR));
  process.stdout.write(values.json ? formatJson(diff, labels) : formatHuman(diff, labels, Boolean(colour)));
  return 0;
}

export class UsageError extends Error {}
