import type { CatalogModel } from '../model/types.js';

/** What both catalogs have text in: texts are compared there only (a new locale is its own change). */
export interface CommonLocales {
  readonly source: string;
  readonly all: readonly string[];
}

export function commonLocales(before: CatalogModel, after: CatalogModel): CommonLocales {
  const had = new Set(before.locales.all);
  return { source: after.locales.source, all: after.locales.all.filter((l) => had.has(l)) };
}
