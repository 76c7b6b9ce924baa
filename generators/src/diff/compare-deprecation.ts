import type { ErrorModel } from '../model/types.js';
import { type Change, change } from './change.js';
import { deprecationOf } from './lifecycle-fields.js';
import { same } from './words.js';

export function compareDeprecation(before: ErrorModel, after: ErrorModel): Change[] {
  const [was, now] = [deprecationOf(before), deprecationOf(after)];
  const code = after.code;
  if (!was && !now) return [];
  if (!was && now) {
    const instead = now.replacement === undefined ? '' : `, use ${now.replacement}`;
    return [change('deprecation.added', { code, what: `deprecated since ${now.since}${instead}` })];
  }
  if (was && !now) return [change('deprecation.removed', { code, what: 'no longer deprecated' })];
  return same(was, now) ? [] : [change('deprecation.changed', { code, what: 'deprecation changed' })];
}
