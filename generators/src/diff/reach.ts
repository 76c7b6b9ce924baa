import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitters } from '../emitters/index.js';
import { repoRoot } from '../generate.js';
import type { CatalogModel } from '../model/types.js';

/**
 * The published packages whose generated files differ between two catalogs, by name: both are
 * emitted (the emitters are pure, a few hundred milliseconds for the real catalog) and compared
 * per package. What reaches their dependents through a dependency (the fixed group, changesets'
 * dependents) is changesets' to plan. Sorted by name.
 */
export function packagesReached(before: CatalogModel, after: CatalogModel): string[] {
  const reached = emitters.flatMap((emitter) => {
    const dir = emitter.ownedDirs.find((d) => d.startsWith('packages/'))?.split('/')[1];
    if (dir === undefined) return [];
    // Under one name: the sides' names (`main (1a2b3c4)`, `work tree`) are in every file's header.
    const now = emitter.emit(after);
    let was: typeof now;
    try {
      was = emitter.emit({ ...before, catalogFile: after.catalogFile });
    } catch {
      // The base lacks what this generator needs of a catalog (a label added with the edit): it changed.
      return [packageName(dir)];
    }
    const same =
      was.length === now.length && was.every((f, i) => f.path === now[i]!.path && f.content === now[i]!.content);
    return same ? [] : [packageName(dir)];
  });
  return reached.sort();
}

const packageName = (dir: string): string =>
  JSON.parse(readFileSync(join(repoRoot, 'packages', dir, 'package.json'), 'utf8')).name;
