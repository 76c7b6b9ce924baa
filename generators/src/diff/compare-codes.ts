import type { CatalogModel, ErrorModel } from '../model/types.js';
import { type Change, change } from './change.js';
import { compareError } from './compare-error.js';
import type { CommonLocales } from './locales-in-common.js';

/**
 * Codes added, removed, renamed or retired, and every change inside the codes both have. A
 * removed code and an added one are a rename when the new one keeps the old as an alias, or
 * else sends the same status and wire message.
 */
export function compareCodes(before: CatalogModel, after: CatalogModel, locales: CommonLocales): Change[] {
  const old = new Map(before.errors.map((e) => [e.code, e]));
  const now = new Map(after.errors.map((e) => [e.code, e]));
  const removed = before.errors.filter((e) => !now.has(e.code));
  const fresh = after.errors.filter((e) => !old.has(e.code));
  const renames = pairRenames(removed, fresh);
  const renamedFrom = new Map([...renames].map(([from, to]) => [to.code, from]));
  const wasRetired = new Set(before.retired.map((r) => r.code));
  const retiredNow = new Set(after.retired.map((r) => r.code).filter((c) => !wasRetired.has(c)));

  const out: Change[] = [];
  for (const e of removed) {
    if (renames.has(e)) continue;
    if (retiredNow.has(e.code)) out.push(change('code.retired', { code: e.code, what: `code ${e.code} retired` }));
    else out.push(change('code.removed', { code: e.code, what: `code ${e.code} removed` }));
  }
  // Retired while still listed (kept for lookups): still a code clients must stop expecting.
  for (const code of retiredNow)
    if (now.has(code)) out.push(change('code.retired', { code, what: `code ${code} retired` }));
  for (const e of after.errors) {
    const from = renamedFrom.get(e.code) ?? old.get(e.code);
    if (!from) {
      out.push(change('code.added', { code: e.code, what: `code ${e.code} added` }));
      continue;
    }
    if (from.code !== e.code)
      out.push(change('code.renamed', { code: e.code, what: `code ${from.code} renamed to ${e.code}` }));
    out.push(...compareError(from, e, locales));
  }
  if (reordered(before, after, renamedFrom))
    out.push(change('code.reordered', { what: 'codes listed in another order' }));
  return out;
}

function pairRenames(removed: readonly ErrorModel[], fresh: readonly ErrorModel[]): Map<ErrorModel, ErrorModel> {
  const pairs = new Map<ErrorModel, ErrorModel>();
  const taken = new Set<ErrorModel>();
  const pair = (match: (from: ErrorModel, to: ErrorModel) => boolean) => {
    for (const to of fresh) {
      if (taken.has(to)) continue;
      const from = removed.find((r) => !pairs.has(r) && match(r, to));
      if (from) {
        pairs.set(from, to);
        taken.add(to);
      }
    }
  };
  pair((from, to) => to.aliases.includes(from.code));
  pair((from, to) => from.httpStatus === to.httpStatus && from.message === to.message);
  return pairs;
}

function reordered(before: CatalogModel, after: CatalogModel, renamedFrom: ReadonlyMap<string, ErrorModel>): boolean {
  const kept = new Set(before.errors.map((e) => e.code));
  const afterOrder = after.errors.map((e) => renamedFrom.get(e.code)?.code ?? e.code).filter((c) => kept.has(c));
  const still = new Set(afterOrder);
  const beforeOrder = before.errors.map((e) => e.code).filter((c) => still.has(c));
  return afterOrder.some((c, i) => c !== beforeOrder[i]);
}
