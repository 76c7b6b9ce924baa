import type { CatalogModel } from '../model/types.js';
import { commonLocales, compareCatalogWide } from './compare-catalog.js';
import { compareCodes } from './compare-codes.js';
import { type Change, type Impact, worst } from './kinds.js';
import { packagesReached } from './reach.js';

export interface CatalogDiff {
  /** Catalog-wide changes first, then per code in the new catalog's order. */
  readonly changes: readonly Change[];
  /** The worst impact; `undefined` when nothing changed. */
  readonly impact: Impact | undefined;
  /**
   * The packages whose generated files change, each with the diff's worst impact: which change
   * reaches which package is known per package, not per change (and the fixed group releases
   * them all at that bump anyway).
   */
  readonly packages: Readonly<Record<string, { readonly impact: Impact }>>;
}

/** The semantic difference of two loaded catalogs, each change classified. */
export function diffCatalogs(before: CatalogModel, after: CatalogModel): CatalogDiff {
  const locales = commonLocales(before, after);
  const changes = [...compareCatalogWide(before, after, locales), ...compareCodes(before, after, locales)];
  const impact = worst(changes.map((c) => c.impact));
  let packages: CatalogDiff['packages'] | undefined;
  return {
    changes,
    impact,
    // Emitted on first use: classifying alone (the tests, the benchmark) emits nothing.
    get packages() {
      packages ??= Object.fromEntries(
        (impact === undefined ? [] : packagesReached(before, after)).map((name) => [name, { impact: impact! }]),
      );
      return packages;
    },
  };
}
