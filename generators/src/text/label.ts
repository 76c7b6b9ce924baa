import type { LabelIn, LabelName } from '../catalog/schema.js';
import type { CatalogModel } from '../model/types.js';
import { fillPlaceholders } from './placeholders.js';

export type { LabelIn, LabelName };

/**
 * A catalog label in one locale, its `{placeholders}` filled from `values`. The schema requires
 * every name of `LabelName` and the catalog's rules every locale, so the lookup cannot miss.
 */
export function label(
  model: CatalogModel,
  name: LabelName,
  locale: string,
  values: Record<string, string> = {},
): string {
  return fillPlaceholders(model.labels[name]![locale]!, values);
}

/** Every label under a prefix (`docs`), named without it, in one locale, placeholders as written. */
export function labelsIn<P extends string>(model: CatalogModel, prefix: P, locale: string): Record<LabelIn<P>, string> {
  const entries = Object.entries(model.labels).filter(([name]) => name.startsWith(`${prefix}.`));
  return Object.fromEntries(entries.map(([name, text]) => [name.slice(prefix.length + 1), text[locale]!])) as never;
}
