// Where the generated reference is, and what is in it.
import { readdirSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The committed site, generated from the real catalog by `pnpm generate`. */
export const siteRoot = join(repoRoot, 'docs', 'reference');

/**
 * Every file under `dir`, as sorted `/`-separated paths relative to it.
 * @param {string} dir
 * @returns {string[]}
 */
export function filesUnder(dir, base = '') {
  return readdirSync(join(dir, base), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, posix.join(base, e.name)) : [posix.join(base, e.name)]))
    .sort();
}

/**
 * Every page of a site.
 * @param {string} dir
 * @returns {string[]}
 */
export function pagesOf(dir) {
  return filesUnder(dir).filter((f) => f.endsWith('.html'));
}
