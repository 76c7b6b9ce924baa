import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { NewChangeset, VersionType } from '@changesets/types';
import { diffCatalogs } from '../diff/diff.js';
import { commitOf, defaultBase, showFile } from '../diff/git.js';
import { atLeast, bumpOf } from '../diff/kinds.js';
import { catalogInRepo, loadSides, type RepoContext, repoContext, SideError } from '../diff/side.js';
import { changesetsSince, publishedPackages, REPORT_FILE, releasedBumps } from './plan.js';

export const CHECK_USAGE = `Usage: pnpm changeset:check [--base <ref>] [--root <dir>] [--catalog <file>]

  CI: exit 1 when the catalog changed since the base without changesets of at least the bump
  the change needs, or a package's API report changed without a changeset naming the package.
  Base: --base, else $JSS_CHANGESET_BASE, else the merge base with main.
`;

export function runCheckChangeset(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { base: { type: 'string' }, root: { type: 'string' }, catalog: { type: 'string' } },
  });
  const ctx = repoContext(values);
  const result = checkChangesets({ ...ctx, base: values.base ?? (process.env.JSS_CHANGESET_BASE || undefined) });
  (result.ok ? process.stdout : process.stderr).write(`${result.lines.join('\n')}\n`);
  return result.ok ? 0 : 1;
}

export interface GateResult {
  readonly ok: boolean;
  readonly lines: readonly string[];
}

/**
 * CI, against the base: the changesets added since must release every package a catalog change
 * reaches with at least the bump it needs, and name every package whose API report changed.
 */
export function checkChangesets(options: RepoContext & { readonly base?: string }): GateResult {
  // A base given by name that is not a commit (a typo, a ref the clone never fetched) fails:
  // skipping would let every change through unnoticed.
  const given = options.base && commitOf(options.root, options.base);
  if (options.base && !given) {
    const why = `the base ${options.base} is not a commit of this clone (a typo, or a ref not fetched: git fetch it)`;
    return { ok: false, lines: [`changeset check failed: ${why}.`] };
  }
  const base = given ? { commit: given, label: `${options.base} (${given.slice(0, 7)})` } : defaultBase(options.root);
  if ('none' in base) return { ok: true, lines: [`changeset check skipped: ${base.none}.`] };
  const fresh = changesetsSince(options.root, base.commit);
  const catalog = catalogGate(options, base, fresh);
  const api = apiReportGate(options.root, base, fresh);
  return { ok: catalog.ok && api.ok, lines: [...catalog.lines, ...api.lines] };
}

type Base = { readonly commit: string; readonly label: string };

/**
 * The catalog's changes, by their semantic diff. The changesets added since the base are read
 * from the work tree and released by changesets' own release plan, not by `changeset status
 * --since`, whose answer depends on the history the clone has.
 */
function catalogGate(options: RepoContext, base: Base, fresh: NewChangeset[]): GateResult {
  const path = catalogInRepo(options);
  const before = showFile(options.root, base.commit, path);
  const after = readFileSync(options.catalogPath, 'utf8');
  if (before === undefined)
    return { ok: true, lines: [`changeset check: ${base.label} has no ${path}; nothing to compare.`] };
  if (before === after) return { ok: true, lines: [`changeset check: ${path} is unchanged since ${base.label}.`] };

  let required: [string, VersionType][];
  const lines: string[] = [];
  try {
    // A base in an older format is brought up to today's, as `diff` does: still a semantic diff.
    const sides = loadSides({ label: base.label, text: before }, { label: 'work tree', text: after });
    const diff = diffCatalogs(sides.base, sides.head);
    required = Object.entries(diff.packages).map(([name, p]) => [name, bumpOf(p.impact)]);
    lines.push(`changeset check: ${diff.changes.length} catalog change(s) since ${sides.label}.`);
  } catch (error) {
    if (!(error instanceof SideError)) throw error;
    // A base no upgrade brings to today's rules: no semantic diff. The author decides the bump,
    // but some changeset must say it.
    required = publishedPackages(options.root).map(({ name }) => [name, 'patch']);
    lines.push(
      `changeset check: ${error.message}`,
      'Any changeset of the published packages is then required; choose its bump yourself.',
    );
  }
  if (required.length === 0) return { ok: true, lines: [...lines, 'No semantic change: no changeset needed.'] };
  const released = releasedBumps(options.root, fresh);
  const missing = required.flatMap(([pkg, need]) => {
    const have = released.get(pkg) ?? 'none';
    return atLeast(have, need) ? [] : [`  ${pkg}: needs ${need}, changesets give ${have}`];
  });
  if (missing.length === 0)
    return {
      ok: true,
      lines: [...lines, `Changesets since the base (${fresh.map((c) => c.id).join(', ')}) release enough.`],
    };
  return {
    ok: false,
    lines: [
      ...lines,
      'The changesets added since the base do not release what the catalog change needs:',
      ...missing,
      'Run `pnpm jss-errors changeset` (it writes the changeset from the diff), or `pnpm changeset`.',
    ],
  };
}

/**
 * A package's committed API report (`pnpm api-report`, kept current by `pnpm check`) that differs
 * from the base's is a change users see: a changeset added since must name the package, so its
 * changelog says what changed. A report the base lacks has nothing to compare with.
 */
function apiReportGate(root: string, base: Base, fresh: NewChangeset[]): GateResult {
  const named = new Set(fresh.flatMap((c) => c.releases.map((r) => r.name)));
  const changed = publishedPackages(root).flatMap(({ name, dir }) => {
    const path = relative(root, join(dir, REPORT_FILE)).split(sep).join('/');
    const before = showFile(root, base.commit, path);
    const after = existsSync(join(dir, REPORT_FILE)) ? readFileSync(join(dir, REPORT_FILE), 'utf8') : undefined;
    return before === undefined || before === after ? [] : [{ name, path }];
  });
  if (changed.length === 0)
    return { ok: true, lines: [`changeset check: no published API changed since ${base.label}.`] };
  const unnamed = changed.filter(({ name }) => !named.has(name));
  const list = (of: typeof changed) => of.map(({ name, path }) => `  ${name} (${path})`);
  if (unnamed.length === 0)
    return {
      ok: true,
      lines: ['changeset check: the public API of these changed, each named by a changeset:', ...list(changed)],
    };
  return {
    ok: false,
    lines: [
      `changeset check: the public API of these packages changed since ${base.label}, and no changeset added since names them:`,
      ...list(unnamed),
      'Add one (`pnpm changeset`) naming each, saying what changed for its users.',
    ],
  };
}
