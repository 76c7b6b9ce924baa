import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { CatalogError, formatDiagnostic } from '../catalog/diagnostic.js';
import { loadCatalog } from '../catalog/load.js';
import { repoRoot } from '../generate.js';
import type { CatalogModel } from '../model/types.js';
import { withHeader } from '../output/header.js';
import { commitOf, defaultBase, showFile } from './git.js';
import { upgradeBase } from './upgrade.js';

/** Where the diff and release commands work: a repository and its catalog. */
export interface RepoContext {
  readonly root: string;
  readonly catalogPath: string;
}

export function repoContext(options: { root?: string; catalog?: string }): RepoContext {
  const root = resolve(options.root ?? repoRoot);
  return {
    root,
    catalogPath: resolve(options.catalog ?? resolve(root, 'catalog', 'errors.yaml')),
  };
}

/** One side of a diff: a catalog's text and where it came from. */
export interface Side {
  /** `main (1a2b3c4)`, `work tree`, a file path: how output names it. */
  readonly label: string;
  readonly text: string;
}

export class SideError extends Error {}

/** The work tree's catalog. */
export function workTreeSide(ctx: RepoContext): Side {
  return { label: 'work tree', text: readFileSync(ctx.catalogPath, 'utf8') };
}

/**
 * A command-line side: an existing file, `ref:path`, or a git ref (its catalog at the same path
 * as the work tree's).
 */
export function sideOf(arg: string, ctx: RepoContext): Side {
  if (existsSync(arg)) return { label: arg, text: readFileSync(arg, 'utf8') };
  const colon = arg.indexOf(':');
  const [ref, path] = colon >= 0 ? [arg.slice(0, colon), arg.slice(colon + 1)] : [arg, catalogInRepo(ctx)];
  const commit = commitOf(ctx.root, ref);
  if (!commit) throw new SideError(`${arg} is neither a file nor a git ref of ${ctx.root}`);
  const text = showFile(ctx.root, commit, path);
  if (text === undefined) throw new SideError(`${ref} (${commit.slice(0, 7)}) has no ${path}`);
  return { label: `${ref} (${commit.slice(0, 7)})`, text };
}

/** The default base's catalog (`defaultBase`). */
export function baseSide(ctx: RepoContext): Side {
  const base = defaultBase(ctx.root);
  if ('none' in base) throw new SideError(`${base.none}; or name a base, e.g. \`diff HEAD~1\``);
  return { ...sideOf(`${base.commit}:${catalogInRepo(ctx)}`, ctx), label: base.label };
}

export function catalogInRepo(ctx: Pick<RepoContext, 'root' | 'catalogPath'>): string {
  return relative(ctx.root, resolve(ctx.catalogPath)).split('\\').join('/');
}

/**
 * Loads a side with today's loader and schema, whatever the rules were when it was committed;
 * warnings (stale translations) do not stop a diff.
 */
export function loadSide(side: Side): CatalogModel {
  const dir = mkdtempSync(join(tmpdir(), 'jss-diff-'));
  try {
    const file = join(dir, 'errors.yaml');
    writeFileSync(file, side.text);
    return loadCatalog({ catalogPath: file, displayPath: side.label }).model;
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    const problems = error.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    throw new SideError(
      `the catalog of ${side.label} does not pass today's catalog rules, so it cannot be compared:\n${problems.join('\n')}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Loads both sides of a diff; a base in an older catalog format is first brought up to today's
 * (`upgradeBase`), its label saying how many facts it predates.
 */
export function loadSides(base: Side, head: Side): { base: CatalogModel; head: CatalogModel; label: string } {
  const { text, taken } = upgradeBase(base.text, head.text);
  const label = taken === 0 ? base.label : `${base.label} (older format: ${taken} facts it lacks read as the head's)`;
  return { base: loadSide({ label, text }), head: loadSide(head), label };
}

/** The copy @jss/error-codes publishes: the catalog as of the last generate. */
const PUBLISHED_CATALOG = 'packages/error-codes/catalog/errors.yaml';

export type Previous = Side | { readonly none: string };

/** Read (not loaded) before `generate` overwrites it, so the summary can say what this generate changed. */
export function previousCatalog(outDir: string): Previous {
  const file = join(outDir, PUBLISHED_CATALOG);
  if (!existsSync(file)) return { none: 'first generate here: no previous catalog to compare with' };
  return { label: PUBLISHED_CATALOG, text: readFileSync(file, 'utf8') };
}

/**
 * The previous catalog's model, loaded only when it is not the copy of the catalog just
 * generated (then it is `now` itself: no change), else why there is none.
 */
export function previousModel(previous: Previous, now: CatalogModel): CatalogModel | { none: string } {
  if ('none' in previous) return previous;
  if (previous.text === withHeader('yaml', now.catalogFile, now.catalogText)) return now;
  try {
    // A previous copy in an older format is brought up to today's, as a diff's base is.
    return loadSide({ label: previous.label, text: upgradeBase(previous.text, now.catalogText).text });
  } catch (error) {
    if (error instanceof SideError) return { none: error.message };
    throw error;
  }
}
