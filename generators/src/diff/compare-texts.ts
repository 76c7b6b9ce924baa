import type { CauseModel, LocalizedText } from '../model/types.js';
import { type Change, change } from './change.js';
import type { CommonLocales } from './locales-in-common.js';
import { sameIn } from './words.js';

interface Where {
  readonly code: string;
  readonly variant?: string;
}

/** One change per locale whose text differs: the source text, or a translation. */
export function compareText(
  where: Where,
  before: LocalizedText,
  after: LocalizedText,
  locales: CommonLocales,
): Change[] {
  const out: Change[] = [];
  for (const locale of locales.all) {
    if (before[locale] === after[locale]) continue;
    const source = locale === locales.source;
    const kind = !source
      ? 'text.translation.changed'
      : where.variant === undefined
        ? 'text.source.changed'
        : 'variant.text.source.changed';
    out.push(change(kind, { ...where, what: `${locale} text changed` }));
  }
  return out;
}

export function compareCauses(
  where: Where,
  before: readonly CauseModel[],
  after: readonly CauseModel[],
  locales: CommonLocales,
): Change[] {
  const unchanged =
    before.length === after.length &&
    before.every((c, i) => sameIn(c.cause, after[i]!.cause, locales.all) && sameIn(c.fix, after[i]!.fix, locales.all));
  if (unchanged) return [];
  const counts = before.length === after.length ? `${after.length}` : `${before.length} → ${after.length}`;
  return [change('causes.changed', { ...where, what: `causes and fixes changed (${counts})` })];
}
