import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository: test/support → packages/errors-i18n → packages → root. */
export const repoRoot: string = fileURLToPath(new URL('../../../../', import.meta.url));

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

/** The generator's own entry point, built (`pnpm generate` builds it); run in this process. */
const generatorModule = join(repoRoot, 'generators', 'dist', 'generate.js');

/** Generates a fixture root's catalog into the root, in this process; throws on a broken catalog. */
export async function generateInto(
  root: string,
  options: { strict?: boolean } = {},
): Promise<{ warnings: readonly unknown[] }> {
  if (!existsSync(generatorModule)) {
    throw new Error(`${generatorModule} is missing: run \`pnpm generate\` (it builds the generator) first`);
  }
  const { generate } = (await import(pathToFileURL(generatorModule).href)) as {
    generate(options: { catalog: string; out: string; strict?: boolean }): { warnings: readonly unknown[] };
  };
  return generate({ catalog: join(root, 'catalog', 'errors.yaml'), out: root, ...options });
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
