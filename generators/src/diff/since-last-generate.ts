import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogModel } from '../model/types.js';
import { loadSide, SideError } from './side.js';

/** The copy @jss/error-codes publishes: the catalog as of the last generate. */
export const PUBLISHED_CATALOG = 'packages/error-codes/catalog/errors.yaml';

export type Previous = { readonly model: CatalogModel } | { readonly none: string };

/** Read before `generate` overwrites it, so the summary can say what this generate changed. */
export function previousCatalog(outDir: string, schemaPath: string): Previous {
  const file = join(outDir, PUBLISHED_CATALOG);
  if (!existsSync(file)) return { none: 'first generate here: no previous catalog to compare with' };
  try {
    return { model: loadSide({ label: PUBLISHED_CATALOG, text: readFileSync(file, 'utf8') }, schemaPath) };
  } catch (error) {
    if (error instanceof SideError) return { none: error.message };
    throw error;
  }
}
