import type { CatalogModel, ErrorModel } from '../../model/types.js';

/**
 * The one place that knows where the site's files are. Paths are relative to the site root
 * (`docs/reference/`): the source locale at the root, every other locale under `<locale>/`, a
 * code's page at its `docPath` (`errors/NoSuchBucket/index.html`), a status at `status/404/`.
 */
export const SITE_ROOT = 'docs/reference';

export const ASSETS = {
  css: 'assets/site.css',
  searchScript: 'assets/search.js',
} as const;

/** Each locale's search data (its index's rows hold the rest). */
export function searchDataAsset(locale: string): string {
  return `assets/search-data.${locale}.js`;
}

function localeDir(model: CatalogModel, locale: string): string {
  return locale === model.locales.source ? '' : `${locale}/`;
}

export function indexPage(model: CatalogModel, locale: string): string {
  return `${localeDir(model, locale)}index.html`;
}

/** The page of a code, current or retired. */
export function codePage(model: CatalogModel, error: Pick<ErrorModel, 'docPath'>, locale: string): string {
  return `${localeDir(model, locale)}${error.docPath}index.html`;
}

export function statusPage(model: CatalogModel, status: number, locale: string): string {
  return `${localeDir(model, locale)}status/${status}/index.html`;
}

/**
 * A link from one site file to another that works from `file://`: relative, to the file itself.
 * Site paths are plain (`zh/errors/X/index.html`, no `.` or `..`), so this is segment arithmetic;
 * node's path.relative cost a tenth of the 10,000-code emit.
 */
export function hrefFrom(from: string, to: string, anchor?: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  const path = [...fromDirs.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
  return anchor === undefined ? path : `${path}#${encodeURIComponent(anchor)}`;
}

/** Where a site file is written, relative to the repository. */
export function outputPath(sitePath: string): string {
  return `${SITE_ROOT}/${sitePath}`;
}
