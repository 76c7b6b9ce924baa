import type { VariantModel } from '../model/types.js';
import { type Change, change } from './change.js';
import { compareDeprecation } from './compare-deprecation.js';
import { compareCauses, compareText } from './compare-texts.js';
import type { CommonLocales } from './locales-in-common.js';
import { quote, same } from './words.js';

export function compareVariants(
  code: string,
  before: readonly VariantModel[],
  after: readonly VariantModel[],
  locales: CommonLocales,
): Change[] {
  const out: Change[] = [];
  const old = new Map(before.map((v) => [v.id, v]));
  const ids = new Set(after.map((v) => v.id));
  for (const v of before)
    if (!ids.has(v.id)) out.push(change('variant.removed', { code, variant: v.id, what: `variant ${v.id} removed` }));
  for (const v of after) {
    const w = old.get(v.id);
    if (!w) {
      out.push(change('variant.added', { code, variant: v.id, what: `variant ${v.id} added` }));
      continue;
    }
    const where = { code, variant: v.id };
    if (w.message !== v.message)
      out.push(
        change('variant.message.changed', {
          ...where,
          what: `variant ${v.id} wire message ${quote(w.message)} → ${quote(v.message)}`,
        }),
      );
    out.push(...compareText(where, w.text, v.text, locales).map((c) => ({ ...c, what: `variant ${v.id} ${c.what}` })));
    out.push(
      ...compareCauses(where, w.causes, v.causes, locales).map((c) => ({ ...c, what: `variant ${v.id} ${c.what}` })),
    );
    if (w.notes !== v.notes) out.push(change('notes.changed', { ...where, what: `variant ${v.id} notes changed` }));
    if (!same(w.sources, v.sources))
      out.push(change('sources.changed', { ...where, what: `variant ${v.id} sources changed` }));
    out.push(...compareDeprecation(w.deprecated, v.deprecated, where));
  }
  return out;
}
