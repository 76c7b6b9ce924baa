import type { CatalogModel, StatusDefaultModel } from '../model/types.js';
import { type Change, change } from './change.js';
import type { CommonLocales } from './locales-in-common.js';
import { sameIn } from './words.js';

/** What a client assumes for a bodiless response: per status, and per operation. */
export function compareStatusDefaults(before: CatalogModel, after: CatalogModel, locales: CommonLocales): Change[] {
  const out: Change[] = [];
  const old = new Map(before.statusDefaults.map((d) => [d.httpStatus, d]));
  const now = new Set(after.statusDefaults.map((d) => d.httpStatus));
  for (const d of before.statusDefaults)
    if (!now.has(d.httpStatus))
      out.push(change('statusDefault.removed', { what: `bodiless ${d.httpStatus} no longer assumed ${d.code}` }));
  for (const d of after.statusDefaults) {
    const was = old.get(d.httpStatus);
    if (!was) {
      out.push(change('statusDefault.added', { code: d.code, what: `bodiless ${d.httpStatus} assumed ${d.code}` }));
      continue;
    }
    if (was.code !== d.code)
      out.push(
        change('statusDefault.code.changed', {
          code: d.code,
          what: `bodiless ${d.httpStatus}: ${was.code} → ${d.code}`,
        }),
      );
    out.push(...compareOperations(was, d));
    if (!sameIn(was.note, d.note, locales.all))
      out.push(change('statusDefault.note.changed', { what: `note of bodiless ${d.httpStatus} changed` }));
  }
  return out;
}

function compareOperations(was: StatusDefaultModel, now: StatusDefaultModel): Change[] {
  const out: Change[] = [];
  const status = now.httpStatus;
  const old = new Map(was.operations.map((o) => [o.operation, o.code]));
  const fresh = new Map(now.operations.map((o) => [o.operation, o.code]));
  for (const [op, code] of old)
    if (!fresh.has(op))
      out.push(change('statusDefault.operation.removed', { code, what: `${op} bodiless ${status} no longer ${code}` }));
  for (const [op, code] of fresh) {
    const prior = old.get(op);
    if (prior === undefined)
      out.push(change('statusDefault.operation.added', { code, what: `${op} bodiless ${status} means ${code}` }));
    else if (prior !== code)
      out.push(
        change('statusDefault.operation.changed', { code, what: `${op} bodiless ${status}: ${prior} → ${code}` }),
      );
  }
  return out;
}
