import type { CatalogModel, ErrorModel } from '../../model/types.js';

const indexes = new WeakMap<CatalogModel, ReadonlyMap<string, ErrorModel>>();

/** A code's entry, by a map built once per model: a scan per lookup made 10,000 codes quadratic. */
export function errorByCode(model: CatalogModel, code: string): ErrorModel | undefined {
  let index = indexes.get(model);
  if (!index) {
    index = new Map(model.errors.map((e) => [e.code, e]));
    indexes.set(model, index);
  }
  return index.get(code);
}
