import { lookupKeyOf } from '../model/naming.js';
import { arr, isObj, type Obj, type Report, str } from './raw.js';
import type { CatalogPath } from './yaml-source.js';

/** What the lifecycle rules need from the catalog's own rules. */
export interface LifecycleContext {
  readonly data: Obj;
  readonly locate: (path: CatalogPath) => { line: number };
  readonly report: Report;
  /** The catalog's text rules (locales, placeholders, translations) applied to one text. */
  readonly checkTexts: (text: unknown, path: CatalogPath, label: string, declared?: readonly string[]) => void;
  /** A wire message no XML, header or log can carry, named; undefined when safe. */
  readonly unsafeCharacter: (text: string) => string | undefined;
}

/** Where a retired name (a code or an alias, lower-cased) was first retired. */
export interface RetiredName {
  readonly name: string;
  readonly path: CatalogPath;
}

/**
 * Every retired code and alias, lower-cased, at its first place: a code or alias of `errors`
 * matching one is a reuse, reported where the reuse is.
 */
export function retiredNames(data: Obj): Map<string, RetiredName> {
  const out = new Map<string, RetiredName>();
  arr(data.retired).forEach((entry, i) => {
    if (!isObj(entry)) return;
    const names: [string | undefined, CatalogPath][] = [
      [str(entry.code), ['retired', i, 'code']],
      ...arr(entry.aliases).map((a, j): [string | undefined, CatalogPath] => [str(a), ['retired', i, 'aliases', j]]),
    ];
    for (const [name, path] of names) {
      if (name !== undefined && !out.has(lookupKeyOf(name))) out.set(lookupKeyOf(name), { name, path });
    }
  });
  return out;
}

/** The message for a code or alias of `errors` that a retired entry already took. */
export function reuseMessage(kind: 'code' | 'alias', name: string, retired: RetiredName, line: number): string {
  const same = retired.name === name ? `"${name}"` : `"${retired.name}" (names are matched case-insensitively)`;
  return `${kind} "${name}" reuses the retired ${same}, retired at line ${line}; a retired code is never used again: choose another name`;
}

/**
 * `retired:` entries: retired once, their aliases distinct from every live and retired name, texts
 * like a code's, a reason in every locale, a date, and a replacement that is a live code.
 */
export function checkRetired(ctx: LifecycleContext): void {
  const { data, locate, report } = ctx;
  const seen = new Map<string, CatalogPath>();
  arr(data.retired).forEach((entry, i) => {
    if (!isObj(entry)) return;
    const base: CatalogPath = ['retired', i];
    const code = str(entry.code);
    const label = `retired ${code ?? `entry ${i}`}`;
    const names: [string | undefined, CatalogPath, 'code' | 'alias'][] = [
      [code, [...base, 'code'], 'code'],
      ...arr(entry.aliases).map((a, j): [string | undefined, CatalogPath, 'code' | 'alias'] => [
        str(a),
        [...base, 'aliases', j],
        'alias',
      ]),
    ];
    for (const [name, path, kind] of names) {
      if (name === undefined) continue;
      const key = lookupKeyOf(name);
      if (key in Object.prototype) {
        report(path, `${kind} "${name}" is matched as "${key}", a name every object has`);
        continue;
      }
      // A live code or alias equal to a retired name is reported where it is, as a reuse.
      const first = seen.get(key);
      if (first !== undefined) {
        report(path, `${kind} "${name}" is already retired at line ${locate(first).line}; retire a code once`);
      } else {
        seen.set(key, path);
      }
    }
    const declared = isObj(entry.params) ? Object.keys(entry.params) : [];
    ctx.checkTexts(entry.text, [...base, 'text'], label, declared);
    for (const name of declared) {
      const param = (entry.params as Record<string, unknown>)[name];
      const description = isObj(param) ? param.description : undefined;
      ctx.checkTexts(description, [...base, 'params', name, 'description'], `the description of ${label}.${name}`);
    }
    ctx.checkTexts(entry.reason, [...base, 'reason'], `the reason of ${label}`);
    const message = str(entry.message);
    const unsafe = message === undefined ? undefined : ctx.unsafeCharacter(message);
    if (unsafe)
      report([...base, 'message'], `the wire message contains ${unsafe}; XML, headers and logs cannot carry it`);
    checkSince(entry.since, [...base, 'since'], report);
    checkReplacement(ctx, entry.replacement, [...base, 'replacement'], undefined);
  });
}

/** `deprecated:` on a code or a variant: a date, a reason in every locale, a live replacement. */
export function checkDeprecations(ctx: LifecycleContext): void {
  arr(ctx.data.errors).forEach((entry, i) => {
    if (!isObj(entry)) return;
    const code = str(entry.code);
    const targets: [unknown, CatalogPath, string, string | undefined][] = [
      [entry.deprecated, ['errors', i, 'deprecated'], code ?? `entry ${i}`, code],
      ...arr(entry.variants).map((v, j): [unknown, CatalogPath, string, string | undefined] => [
        isObj(v) ? v.deprecated : undefined,
        ['errors', i, 'variants', j, 'deprecated'],
        `${code ?? '?'}.${isObj(v) ? (str(v.id) ?? j) : j}`,
        // A variant may be replaced by its own code's plain case.
        undefined,
      ]),
    ];
    for (const [deprecated, path, label, self] of targets) {
      if (!isObj(deprecated)) continue;
      ctx.checkTexts(deprecated.reason, [...path, 'reason'], `the deprecation reason of ${label}`);
      checkSince(deprecated.since, [...path, 'since'], ctx.report);
      checkReplacement(ctx, deprecated.replacement, [...path, 'replacement'], self);
    }
  });
}

/** A real calendar day: the schema's pattern lets 2026-02-31 through. */
function checkSince(value: unknown, path: CatalogPath, report: Report): void {
  const since = str(value);
  if (since === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(since)) return;
  const day = new Date(`${since}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== since) {
    report(path, `since "${since}" is not a day of the calendar`);
  }
}

function checkReplacement(ctx: LifecycleContext, value: unknown, path: CatalogPath, self: string | undefined): void {
  const replacement = str(value);
  if (replacement === undefined || !/^[A-Z][A-Za-z0-9]*$/.test(replacement)) return;
  const errors = arr(ctx.data.errors).filter(isObj);
  const target = errors.find((e) => e.code === replacement);
  if (replacement === self) {
    ctx.report(path, `"${replacement}" names itself as its replacement; name the code to use instead`);
  } else if (target === undefined) {
    const retired = arr(ctx.data.retired).some((r) => isObj(r) && r.code === replacement);
    ctx.report(
      path,
      retired
        ? `replacement "${replacement}" is retired; name a code of the catalog`
        : `replacement "${replacement}" is not a code of the catalog`,
    );
  } else if (isObj(target.deprecated)) {
    ctx.report(
      path,
      `replacement "${replacement}" is deprecated too${str(target.deprecated.replacement) ? `; name its replacement "${str(target.deprecated.replacement)}"` : ''}`,
      'value',
      'warning',
    );
  }
}
