import type { CatalogModel, ErrorModel } from '../../model/types.js';

const ordered = new WeakMap<CatalogModel, readonly ErrorModel[]>();

/**
 * The codes in the order the index lists them and its search data holds them: alphabetical,
 * ignoring case (a reader scans for `NoSuchKey`, not for where it sits in the catalog), code
 * points breaking ties so the order never depends on the machine's locale.
 */
export function indexOrder(model: CatalogModel): readonly ErrorModel[] {
  const known = ordered.get(model);
  if (known) return known;
  const key = (e: ErrorModel) => e.code.toLowerCase();
  const sorted = [...model.errors].sort((a, b) =>
    key(a) !== key(b) ? (key(a) < key(b) ? -1 : 1) : a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  ordered.set(model, sorted);
  return sorted;
}
