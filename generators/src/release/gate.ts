import { readFileSync } from 'node:fs';
import { diffCatalogs } from '../diff/diff.js';
import { showFile } from '../diff/git.js';
import { catalogInRepo, loadSide, SideError } from '../diff/side.js';
import { PACKAGE_ORDER, type PackageName } from '../diff/targets.js';
import { atLeast, BUMP_OF, type Bump } from './bump.js';
import { gateBase } from './gate-base.js';
import { changesetsSince } from './new-changesets.js';
import { releasedBumps } from './plan.js';

export interface GateOptions {
  readonly root: string;
  readonly catalogPath: string;
  readonly schemaPath: string;
  readonly base?: string;
}

export interface GateResult {
  readonly ok: boolean;
  readonly lines: readonly string[];
}

/**
 * CI: the catalog changed against the base, so the changesets added since must release every
 * affected package with at least the bump its changes need. The changesets added since the base
 * are read from the work tree and released by changesets' own release plan, not by
 * `changeset status --since`, whose answer depends on the history the clone has.
 */
export function checkChangesets(options: GateOptions): GateResult {
  const base = gateBase(options.root, options.base);
  if ('fail' in base) return { ok: false, lines: [`changeset check failed: ${base.fail}.`] };
  if ('skip' in base) return { ok: true, lines: [`changeset check skipped: ${base.skip}.`] };
  const path = catalogInRepo({ root: options.root, catalogPath: options.catalogPath });
  const before = showFile(options.root, base.commit, path);
  const after = readFileSync(options.catalogPath, 'utf8');
  if (before === undefined)
    return { ok: true, lines: [`changeset check: ${base.label} has no ${path}; nothing to compare.`] };
  if (before === after) return { ok: true, lines: [`changeset check: ${path} is unchanged since ${base.label}.`] };

  const required: Partial<Record<PackageName, Bump>> = {};
  const lines: string[] = [];
  try {
    const diff = diffCatalogs(
      loadSide({ label: base.label, text: before }, options.schemaPath),
      loadSide({ label: 'work tree', text: after }, options.schemaPath),
    );
    for (const [name, p] of Object.entries(diff.packages)) required[name as PackageName] = BUMP_OF[p.impact];
    lines.push(`changeset check: ${diff.changes.length} catalog change(s) since ${base.label}.`);
  } catch (error) {
    if (!(error instanceof SideError)) throw error;
    // No semantic diff: the author decides the bump, but some changeset must say it.
    for (const name of PACKAGE_ORDER) required[name] = 'patch';
    lines.push(
      `changeset check: ${error.message}`,
      'Any changeset of the published packages is then required; choose its bump yourself.',
    );
  }
  if (Object.keys(required).length === 0)
    return { ok: true, lines: [...lines, 'No semantic change: no changeset needed.'] };
  const { fresh } = changesetsSince(options.root, base.commit);
  const released = releasedBumps(options.root, fresh);
  const missing = Object.entries(required).flatMap(([pkg, need]) => {
    const have = released.get(pkg) ?? 'none';
    return atLeast(have, need) ? [] : [{ pkg, need, have }];
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
      ...missing.map((m) => `  ${m.pkg}: needs ${m.need}, changesets give ${m.have}`),
      'Run `pnpm generate changeset` (it writes the changeset from the diff), or `pnpm changeset`.',
    ],
  };
}
