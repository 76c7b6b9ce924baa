import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { CatalogError, formatDiagnostic } from '../catalog/diagnostic.js';
import { loadCatalog } from '../catalog/load.js';
import type { CatalogModel } from '../model/types.js';
import { commitOf, mergeBaseWithMain, showFile } from './git.js';

/** One side of a diff: a catalog's text and where it came from. */
export interface Side {
  /** `main (1a2b3c4)`, `work tree`, a file path: how output names it. */
  readonly label: string;
  readonly text: string;
}

export class SideError extends Error {}

export interface SideContext {
  /** The repository: git runs here; the catalog's path inside it is `catalogPath` relative to it. */
  readonly root: string;
  readonly catalogPath: string;
}

/** The work tree's catalog. */
export function workTreeSide(ctx: SideContext): Side {
  return { label: 'work tree', text: readFileSync(ctx.catalogPath, 'utf8') };
}

/**
 * A command-line side: an existing file, `ref:path`, or a git ref (its catalog at the same path
 * as the work tree's).
 */
export function sideOf(arg: string, ctx: SideContext): Side {
  if (existsSync(arg)) return { label: arg, text: readFileSync(arg, 'utf8') };
  const [ref, path] = arg.includes(':')
    ? [arg.slice(0, arg.indexOf(':')), arg.slice(arg.indexOf(':') + 1)]
    : [arg, catalogInRepo(ctx)];
  const commit = commitOf(ctx.root, ref);
  if (!commit) throw new SideError(`${arg} is neither a file nor a git ref of ${ctx.root}`);
  const text = showFile(ctx.root, commit, path);
  if (text === undefined) throw new SideError(`${ref} (${commit.slice(0, 7)}) has no ${path}`);
  return { label: `${ref} (${commit.slice(0, 7)})`, text };
}

/** The default base: the catalog where this checkout forked from main. */
export function mergeBaseSide(ctx: SideContext): Side {
  const base = mergeBaseWithMain(ctx.root);
  if (!base) throw new SideError('no branch main (or origin/main) to compare with: name a base, e.g. `diff HEAD~1`');
  const side = sideOf(`${base.commit}:${catalogInRepo(ctx)}`, ctx);
  return { ...side, label: `merge base with ${base.ref} (${base.commit.slice(0, 7)})` };
}

export function catalogInRepo(ctx: SideContext): string {
  return relative(ctx.root, resolve(ctx.catalogPath)).split('\\').join('/');
}

/**
 * Loads a side with today's loader and schema, whatever the rules were when it was committed;
 * warnings (stale translations) do not stop a diff.
 */
export function loadSide(side: Side, schemaPath: string): CatalogModel {
  const dir = mkdtempSync(join(tmpdir(), 'jss-diff-'));
  try {
    const file = join(dir, 'errors.yaml');
    writeFileSync(file, side.text);
    return loadCatalog({ catalogPath: file, displayPath: side.label, schemaPath }).model;
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
