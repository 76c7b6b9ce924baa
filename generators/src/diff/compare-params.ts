import type { ParamModel } from '../model/types.js';
import { type Change, change } from './change.js';
import { brace } from './words.js';

/**
 * Placeholders by name. One removed and one added at once is a rename: JavaScript callers still
 * pass the old name, get `undefined` back and see the new `{name}` unfilled in the text.
 */
export function compareParams(code: string, before: readonly ParamModel[], after: readonly ParamModel[]): Change[] {
  const out: Change[] = [];
  const old = new Map(before.map((p) => [p.name, p]));
  const now = new Map(after.map((p) => [p.name, p]));
  const removed = before.filter((p) => !now.has(p.name));
  const addedParams = after.filter((p) => !old.has(p.name));
  if (removed.length === 1 && addedParams.length === 1) {
    const [from, to] = [removed[0]!, addedParams[0]!];
    const retyped = from.type === to.type ? '' : ` (${from.type} → ${to.type})`;
    out.push(
      change('param.renamed', { code, what: `placeholder ${brace(from.name)} renamed to ${brace(to.name)}${retyped}` }),
    );
  } else {
    for (const p of removed) out.push(change('param.removed', { code, what: `placeholder ${brace(p.name)} removed` }));
    for (const p of addedParams)
      out.push(change('param.added', { code, what: `placeholder ${brace(p.name)} (${p.type}) added` }));
  }
  for (const p of after) {
    const q = old.get(p.name);
    if (!q) continue;
    if (q.type !== p.type)
      out.push(change('param.retyped', { code, what: `placeholder ${brace(p.name)} ${q.type} → ${p.type}` }));
    if (JSON.stringify(q.description) !== JSON.stringify(p.description))
      out.push(change('param.description.changed', { code, what: `placeholder ${brace(p.name)} description changed` }));
  }
  return out;
}
