import { parseArgs } from 'node:util';
import { repoContext } from './context.js';
import { diffCatalogs } from './diff.js';
import { formatHuman } from './format-human.js';
import { formatJson } from './format-json.js';
import { loadSide, mergeBaseSide, type Side, sideOf, workTreeSide } from './side.js';

export const DIFF_USAGE = `Usage: pnpm generate diff [<base>] [<head>] [--json] [--root <dir>] [--catalog <file>]

  <base>, <head>     git refs (their catalog/errors.yaml), ref:path, or catalog files;
                     default: the merge base with main, against the work tree
  --json             machine-readable: changes, impacts, packages and their bumps
  --root <dir>       the repository (default: this one)
  --catalog <file>   the work tree's catalog (default: <root>/catalog/errors.yaml)
  --color / --no-color
`;

/** Both sides of a diff from the positional arguments, the defaults filled in. */
export function sidesFrom(positionals: readonly string[], ctx: ReturnType<typeof repoContext>): [Side, Side] {
  const [base, head] = positionals;
  return [
    base === undefined ? mergeBaseSide(ctx) : sideOf(base, ctx),
    head === undefined ? workTreeSide(ctx) : sideOf(head, ctx),
  ];
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
  const ctx = repoContext(values);
  const [base, head] = sidesFrom(positionals, ctx);
  const diff = diffCatalogs(loadSide(base, ctx.schemaPath), loadSide(head, ctx.schemaPath));
  const labels = { base: base.label, head: head.label };
  const colour = values['no-color'] ? false : (values.color ?? (process.stdout.isTTY && !process.env.NO_COLOR));
  process.stdout.write(values.json ? formatJson(diff, labels) : formatHuman(diff, labels, Boolean(colour)));
  return 0;
}

export class UsageError extends Error {}
