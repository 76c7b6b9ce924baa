import type { CatalogModel } from '../model/types.js';
import { type Change, change } from './change.js';
import type { CommonLocales } from './locales-in-common.js';
import { added, same, sameIn } from './words.js';

/** Locales, labels and the reference: what is not about one code. */
export function compareCatalogWide(before: CatalogModel, after: CatalogModel, locales: CommonLocales): Change[] {
  const out: Change[] = [];
  if (before.locales.source !== after.locales.source)
    out.push(
      change('locale.source.changed', { what: `source locale ${before.locales.source} → ${after.locales.source}` }),
    );
  for (const l of added(after.locales.all, before.locales.all))
    out.push(change('locale.removed', { what: `locale ${l} removed` }));
  for (const l of added(before.locales.all, after.locales.all))
    out.push(change('locale.added', { what: `locale ${l} added` }));
  const names = [...new Set([...Object.keys(before.labels), ...Object.keys(after.labels)])].sort();
  for (const label of names) {
    const [was, now] = [before.labels[label], after.labels[label]];
    const what = !was ? 'added' : !now ? 'removed' : 'changed';
    if (was && now && sameIn(was, now, locales.all)) continue;
    out.push(change('label.changed', { label, what: `label ${label} ${what}` }));
  }
  if (!same(before.reference, after.reference))
    out.push(change('reference.changed', { what: 'reference URL changed' }));
  return out;
}
