import { isDeepStrictEqual } from 'node:util';
import type { CatalogModel, StatusDefaultModel } from '../model/types.js';
import { type Change, change } from './kinds.js';

/** What both catalogs have text in: texts are compared there only (a new locale is its own change). */
export interface CommonLocales {
  readonly source: string;
  readonly all: readonly string[];
  /** Whether the catalogs' locales (or source locale) differ. */
  readonly changed: boolean;
}

export function commonLocales(before: CatalogModel, after: CatalogModel): CommonLocales {
  const all = after.locales.all.filter((l) => before.locales.all.includes(l));
  const changed = before.locales.source !== after.locales.source || all.length !== before.locales.all.length;
  return { source: after.locales.source, all, changed: changed || all.length !== after.locales.all.length };
}

/** Locales, labels, the reference and the bodiless-status defaults: what is not about one code. */
export function compareCatalogWide(before: CatalogModel, after: CatalogModel, locales: CommonLocales): Change[] {
  const out: Change[] = [];
  if (before.locales.source !== after.locales.source)
    out.push(change('locale.source.changed', {}, `source locale ${before.locales.source} → ${after.locales.source}`));
  for (const l of added(after.locales.all, before.locales.all))
    out.push(change('locale.removed', {}, `locale ${l} removed`));
  for (const l of added(before.locales.all, after.locales.all))
    out.push(change('locale.added', {}, `locale ${l} added`));
  const names = [...new Set([...Object.keys(before.labels), ...Object.keys(after.labels)])].sort();
  for (const label of names) {
    const [was, now] = [before.labels[label], after.labels[label]];
    if (was && now && sameIn(was, now, locales.all)) continue;
    out.push(change('label.changed', {}, `label ${label} ${!was ? 'added' : !now ? 'removed' : 'changed'}`));
  }
  if (!same(before.reference, after.reference)) out.push(change('reference.changed', {}, 'reference URL changed'));
  return [...out, ...compareStatusDefaults(before, after, locales)];
}

/** What a client assumes for a bodiless response: per status, and per operation. */
function compareStatusDefaults(before: CatalogModel, after: CatalogModel, locales: CommonLocales): Change[] {
  const out: Change[] = [];
  const old = new Map(before.statusDefaults.map((d) => [d.httpStatus, d]));
  const now = new Set(after.statusDefaults.map((d) => d.httpStatus));
  for (const d of before.statusDefaults)
    if (!now.has(d.httpStatus))
      out.push(change('statusDefault.removed', {}, `bodiless ${d.httpStatus} no longer assumed ${d.code}`));
  for (const d of after.statusDefaults) {
    const was = old.get(d.httpStatus);
    if (!was) {
      out.push(change('statusDefault.added', { code: d.code }, `bodiless ${d.httpStatus} assumed ${d.code}`));
      continue;
    }
    if (was.code !== d.code)
      out.push(
        change('statusDefault.code.changed', { code: d.code }, `bodiless ${d.httpStatus}: ${was.code} → ${d.code}`),
      );
    out.push(...compareOperations(was, d));
    if (!sameIn(was.note, d.note, locales.all))
      out.push(change('statusDefault.note.changed', {}, `note of bodiless ${d.httpStatus} changed`));
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
      out.push(change('statusDefault.operation.removed', { code }, `${op} bodiless ${status} no longer ${code}`));
  for (const [op, code] of fresh) {
    const prior = old.get(op);
    if (prior === undefined)
      out.push(change('statusDefault.operation.added', { code }, `${op} bodiless ${status} means ${code}`));
    else if (prior !== code)
      out.push(change('statusDefault.operation.changed', { code }, `${op} bodiless ${status}: ${prior} → ${code}`));
  }
  return out;
}

/** Catalog text as it enters a change's description: JSON-quoted (no control characters), cut. */
export function quote(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

/** Structural equality of plain model values. */
export const same = isDeepStrictEqual;

/** Equal in `locales`: an added locale is its own change, not a change of every text. */
export function sameIn(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
  locales: readonly string[],
): boolean {
  return locales.every((l) => a[l] === b[l]);
}

/** What `after` has that `before` has not. */
export function added<T>(before: readonly T[], after: readonly T[]): T[] {
  const had = new Set(before);
  return after.filter((x) => !had.has(x));
}
