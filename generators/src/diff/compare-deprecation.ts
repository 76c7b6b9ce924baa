import type { DeprecationModel } from '../model/types.js';
import { type Change, change } from './change.js';
import { same } from './words.js';

/** A deprecation added, removed or changed, on a code or (with `variant`) on one of its variants. */
export function compareDeprecation(
  was: DeprecationModel | undefined,
  now: DeprecationModel | undefined,
  where: { readonly code: string; readonly variant?: string },
): Change[] {
  const subject = where.variant === undefined ? '' : `variant ${where.variant} `;
  if (!was && !now) return [];
  if (!was && now) {
    const instead = now.replacement === undefined ? '' : `, use ${now.replacement}`;
    return [change('deprecation.added', { ...where, what: `${subject}deprecated since ${now.since}${instead}` })];
  }
  if (was && !now) return [change('deprecation.removed', { ...where, what: `${subject}no longer deprecated` })];
  return same(was, now) ? [] : [change('deprecation.changed', { ...where, what: `${subject}deprecation changed` })];
}
