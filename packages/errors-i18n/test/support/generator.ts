import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository: test/support → packages/errors-i18n → packages → root. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const cli = join(repoRoot, 'generators', 'dist', 'cli.js');

export function realCatalogText(): string {
  return readFileSync(join(repoRoot, 'catalog', 'errors.yaml'), 'utf8');
}

const roots: string[] = [];

/**
 * A temporary output root holding `catalog/errors.yaml`: diagnostics then name the catalog
 * `catalog/errors.yaml`, as for the real one. Removed by `removeFixtureRoots`.
 */
export function fixtureRoot(catalogText: string): { root: string; catalogPath: string } {
  const root = mkdtempSync(join(tmpdir(), 'jss-i18n-'));
  roots.push(root);
  mkdirSync(join(root, 'catalog'));
  const catalogPath = join(root, 'catalog', 'errors.yaml');
  writeFileSync(catalogPath, catalogText);
  return { root, catalogPath };
}

export function removeFixtureRoots(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built generator CLI (`pnpm generate` builds it) on a fixture root. */
export function generateInto(root: string, ...flags: string[]): CliRun {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`pnpm generate\` (it builds the generator) first`);
  const run = spawnSync(
    process.execPath,
    [cli, '--catalog', join(root, 'catalog', 'errors.yaml'), '--out', root, ...flags],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under a root, relative, `/`-separated, sorted. */
export function filesUnder(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [relative(root, join(dir, e.name)).split('\\').join('/')],
    );
  return walk(root).sort();
}

/** Replaces the first `from` after `anchor`; fails loudly when either is missing. */
export function replaceAfter(text: string, anchor: string, from: string, to: string): string {
  const start = text.indexOf(anchor);
  if (start < 0) throw new Error(`fixture anchor not found: ${anchor}`);
  const at = text.indexOf(from, start);
  if (at < 0) throw new Error(`fixture text not found after ${anchor}: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** 1-based line and column of the first `needle` after `anchor`, found by plain text search. */
export function positionAfter(text: string, anchor: string, needle: string): { line: number; column: number } {
  const start = text.indexOf(anchor);
  const at = start < 0 ? -1 : text.indexOf(needle, start);
  if (at < 0) throw new Error(`not found after ${anchor}: ${needle}`);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}
