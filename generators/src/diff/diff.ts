import type { CatalogModel } from '../model/types.js';
import type { Change } from './change.js';
import { compareCatalogWide } from './compare-catalog-wide.js';
import { compareCodes } from './compare-codes.js';
import { compareStatusDefaults } from './compare-status-defaults.js';
import { type Impact, worse } from './impact.js';
import { commonLocales } from './locales-in-common.js';
import { PACKAGE_ORDER, type PackageName } from './targets.js';

export interface PackageImpact {
  readonly impact: Impact;
  /** The codes whose changes reach the package, in catalog order. */
  readonly codes: readonly string[];
}

export interface CatalogDiff {
  /** Catalog-wide changes first, then per code in the new catalog's order. */
  readonly changes: readonly Change[];
  /** The worst impact; `undefined` when nothing changed. */
  readonly impact: Impact | undefined;
  readonly packages: Readonly<Partial<Record<PackageName, PackageImpact>>>;
}

/** The semantic difference of two loaded catalogs, each change classified and placed. */
export function diffCatalogs(before: CatalogModel, after: CatalogModel): CatalogDiff {
  const locales = commonLocales(before, after);
  const changes = [
    ...compareCatalogWide(before, after, locales),
    ...compareStatusDefaults(before, after, locales),
    ...compareCodes(before, after, locales),
  ];
  return {
    changes,
    impact: changes.reduce<Impact | undefined>((w, c) => worse(w, c.impact), undefined),
    packages: byPackage(changes),
  };
}

function byPackage(changes: readonly Change[]): Partial<Record<PackageName, PackageImpact>> {
  const out: Partial<Record<PackageName, PackageImpact>> = {};
  for (const name of PACKAGE_ORDER) {
    const mine = changes.filter((c) => c.packages.includes(name));
    if (mine.length === 0) continue;
    const codes = [...new Set(mine.flatMap((c) => (c.code === undefined ? [] : [c.code])))];
    out[name] = { impact: mine.reduce<Impact | undefined>((w, c) => worse(w, c.impact), undefined)!, codes };
  }
  return out;
}
