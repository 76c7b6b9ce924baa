import type {
  CatalogModel,
  CauseModel,
  DeprecationModel,
  ErrorModel,
  LocalizedText,
  ParamModel,
  ValueRule,
  VariantModel,
} from '../model/types.js';
import { added, type CommonLocales, quote, same, sameIn } from './compare-catalog.js';
import { type Change, change, type Where } from './kinds.js';

/**
 * Codes added, removed, renamed or retired, and every change inside the codes both have. A
 * removed code and an added one are a rename when the new one keeps the old as an alias, or
 * else sends the same status and wire message.
 */
export function compareCodes(before: CatalogModel, after: CatalogModel, locales: CommonLocales): Change[] {
  const old = new Map(before.errors.map((e) => [e.code, e]));
  const now = new Map(after.errors.map((e) => [e.code, e]));
  const removed = before.errors.filter((e) => !now.has(e.code));
  const renames = pairRenames(
    removed,
    after.errors.filter((e) => !old.has(e.code)),
  );
  const renamedFrom = new Map([...renames].map(([from, to]) => [to.code, from]));
  const wasRetired = new Set(before.retired.map((r) => r.code));
  const retiredNow = new Set(after.retired.map((r) => r.code).filter((c) => !wasRetired.has(c)));

  const out: Change[] = [];
  for (const e of removed) {
    if (renames.has(e)) continue;
    if (retiredNow.has(e.code)) out.push(change('code.retired', { code: e.code }, `code ${e.code} retired`));
    else out.push(change('code.removed', { code: e.code }, `code ${e.code} removed`));
  }
  // Retired while still listed (kept for lookups): still a code clients must stop expecting.
  for (const code of retiredNow) if (now.has(code)) out.push(change('code.retired', { code }, `code ${code} retired`));
  for (const e of after.errors) {
    const from = renamedFrom.get(e.code) ?? old.get(e.code);
    if (!from) out.push(change('code.added', { code: e.code }, `code ${e.code} added`));
    else if (from.code !== e.code) {
      out.push(change('code.renamed', { code: e.code }, `code ${from.code} renamed to ${e.code}`));
      out.push(...compareError(from, e, locales));
    } else out.push(...compareError(from, e, locales));
  }
  if (reordered(before, after, renamedFrom)) out.push(change('code.reordered', {}, 'codes listed in another order'));
  return out;
}

type Fields<T> = readonly (keyof T)[];

/**
 * Fields of `before` and `after` that differ though no comparison reads them (a model field added
 * since): one `field.changed`, never silent. `compared` lists what the comparisons read or derive from it.
 */
function unnamedFields<T extends object>(compared: Fields<T>, before: T, after: T, where: Where, what = ''): Change[] {
  const rest = fieldsChanged(before, after).filter((k) => !compared.includes(k as keyof T));
  return rest.length === 0 ? [] : [change('field.changed', where, `${what}${rest.join(', ')} changed`)];
}

/** The names of the fields two versions of one model value differ in, sorted. */
function fieldsChanged<T extends object>(before: T, after: T): string[] {
  const [b, a] = [before as Record<string, unknown>, after as Record<string, unknown>];
  return Object.keys({ ...b, ...a })
    .filter((k) => !same(b[k], a[k]))
    .sort();
}

function pairRenames(removed: readonly ErrorModel[], fresh: readonly ErrorModel[]): Map<ErrorModel, ErrorModel> {
  const pairs = new Map<ErrorModel, ErrorModel>();
  const taken = new Set<ErrorModel>();
  const pair = (match: (from: ErrorModel, to: ErrorModel) => boolean) => {
    for (const to of fresh) {
      const from = taken.has(to) ? undefined : removed.find((r) => !pairs.has(r) && match(r, to));
      if (!from) continue;
      pairs.set(from, to);
      taken.add(to);
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

/** Every change between two versions of one code (`after.code` names it; a rename is reported apart). */
function compareError(before: ErrorModel, after: ErrorModel, locales: CommonLocales): Change[] {
  const where = { code: after.code };
  const out: Change[] = [];
  const push = (kind: Parameters<typeof change>[0], what: string) => out.push(change(kind, where, what));

  if (before.httpStatus !== after.httpStatus)
    push('status.changed', `status ${before.httpStatus} → ${after.httpStatus}`);
  const moved = (s: number) =>
    before.httpStatus !== after.httpStatus && (s === before.httpStatus || s === after.httpStatus);
  const more = added(before.statuses, after.statuses).filter((s) => !moved(s));
  const fewer = added(after.statuses, before.statuses).filter((s) => !moved(s));
  if (more.length > 0) push('statuses.added', `also seen with status ${more.join(', ')}`);
  if (fewer.length > 0) push('statuses.removed', `no longer seen with status ${fewer.join(', ')}`);
  if (before.message !== after.message)
    push('message.changed', `wire message ${quote(before.message)} → ${quote(after.message)}`);
  if (before.fault !== after.fault) push('fault.changed', `fault ${before.fault} → ${after.fault}`);
  for (const field of ['retryable', 'throttling'] as const)
    if (before[field] !== after[field]) push('retry.changed', `${field} ${before[field]} → ${after[field]}`);
  if (before.retryAfter !== after.retryAfter) {
    if (before.retryAfter === undefined) push('retryAfter.added', `Retry-After ${after.retryAfter} s added`);
    else if (after.retryAfter === undefined) push('retryAfter.removed', `Retry-After ${before.retryAfter} s removed`);
    else push('retryAfter.changed', `Retry-After ${before.retryAfter} s → ${after.retryAfter} s`);
  }
  if (before.retryWhen !== after.retryWhen)
    push('retryWhen.changed', `retry needs first: ${before.retryWhen ?? 'nothing'} → ${after.retryWhen ?? 'nothing'}`);
  out.push(...compareConstraints(where, before.constraints, after.constraints));
  if (!same(before.aws, after.aws)) push('aws.changed', `AWS counterpart ${awsText(before)} → ${awsText(after)}`);
  for (const a of added(after.aliases, before.aliases)) push('alias.removed', `alias ${a} removed`);
  for (const a of added(before.aliases, after.aliases)) push('alias.added', `alias ${a} added`);
  out.push(...compareParams(where, before.params, after.params));
  out.push(...compareVariants(after.code, before.variants, after.variants, locales));
  out.push(...compareTexts(where, before, after, locales));
  if (before.messageSource !== after.messageSource)
    push('messageSource.changed', `message source ${before.messageSource} → ${after.messageSource}`);
  out.push(...compareDeprecation(before.deprecated, after.deprecated, where));
  out.push(...unnamedFields(CODE_FIELDS, before, after, where));
  return out;
}

/** What `compareError` reads, and what the model derives from that (names from the code, cases from variants). */
const CODE_FIELDS = [
  ...['code', 'className', 'optionsTypeName', 'camelName', 'specName', 'docPath', 'lookupKeys', 'messageKey'],
  ...['httpStatus', 'statuses', 'message', 'messageSource', 'text', 'sourceText', 'cases', 'fault', 'retryable'],
  ...['throttling', 'retryAfter', 'retryWhen', 'constraints', 'aws', 'aliases', 'sources', 'causes', 'notes'],
  ...['params', 'fieldParams', 'variants', 'deprecated'],
] as const satisfies Fields<ErrorModel>;
const PARAM_FIELDS = ['name', 'type', 'tsType', 'description', 'wire', 'example'] as const satisfies Fields<ParamModel>;
const VARIANT_FIELDS = [
  'id',
  'message',
  'messageKey',
  'text',
  'sources',
  'causes',
  'notes',
  'deprecated',
] as const satisfies Fields<VariantModel>;

/**
 * A param's rule, per param: tightened when the stand-in now refuses a value it took (a rule
 * added, a length bound narrowed, a pattern added or changed: patterns are not compared for
 * what they admit), else relaxed.
 */
function compareConstraints(
  where: Where,
  before: Readonly<Record<string, ValueRule>>,
  after: Readonly<Record<string, ValueRule>>,
): Change[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names.flatMap((name) => {
    const [was, now] = [before[name], after[name]];
    if (same(was, now)) return [];
    const kind = tightens(was ?? {}, now ?? {}) ? 'constraint.tightened' : 'constraint.relaxed';
    return [change(kind, where, `rule of ${brace(name)}: ${ruleWords(was)} → ${ruleWords(now)}`)];
  });
}

function tightens(was: ValueRule, now: ValueRule): boolean {
  const narrower = (a: number | undefined, b: number | undefined, by: (x: number, y: number) => boolean) =>
    b !== undefined && (a === undefined || by(b, a));
  return (
    narrower(was.minLength, now.minLength, (b, a) => b > a) ||
    narrower(was.maxLength, now.maxLength, (b, a) => b < a) ||
    (now.pattern !== undefined && now.pattern !== was.pattern)
  );
}

/** `length 3–63, pattern "^[a-z]+$"`; `none` without a rule. */
function ruleWords(rule: ValueRule | undefined): string {
  if (!rule) return 'none';
  const { minLength: min, maxLength: max, pattern } = rule;
  const length =
    min !== undefined && max !== undefined
      ? `length ${min}–${max}`
      : min !== undefined
        ? `length ≥ ${min}`
        : max !== undefined
          ? `length ≤ ${max}`
          : '';
  return [length, pattern === undefined ? '' : `pattern ${quote(pattern)}`].filter(Boolean).join(', ') || 'none';
}

const awsText = (e: ErrorModel) => (e.aws ? `${e.aws.code} (${e.aws.httpStatus})` : 'none');
const brace = (name: string) => `{${name}}`;

/**
 * Placeholders by name. One removed and one added at once is a rename: JavaScript callers still
 * pass the old name, get `undefined` back and see the new `{name}` unfilled in the text.
 */
function compareParams(where: Where, before: readonly ParamModel[], after: readonly ParamModel[]): Change[] {
  const out: Change[] = [];
  const old = new Map(before.map((p) => [p.name, p]));
  const now = new Map(after.map((p) => [p.name, p]));
  const removed = before.filter((p) => !now.has(p.name));
  const fresh = after.filter((p) => !old.has(p.name));
  if (removed.length === 1 && fresh.length === 1) {
    const [from, to] = [removed[0]!, fresh[0]!];
    const retyped = from.type === to.type ? '' : ` (${from.type} → ${to.type})`;
    out.push(change('param.renamed', where, `placeholder ${brace(from.name)} renamed to ${brace(to.name)}${retyped}`));
  } else {
    for (const p of removed) out.push(change('param.removed', where, `placeholder ${brace(p.name)} removed`));
    for (const p of fresh) out.push(change('param.added', where, `placeholder ${brace(p.name)} (${p.type}) added`));
  }
  for (const p of after) {
    const q = old.get(p.name);
    if (!q) continue;
    const what = `placeholder ${brace(p.name)}`;
    const [was, now] = [wireWords(q), wireWords(p)];
    if (q.type !== p.type) out.push(change('param.retyped', where, `${what} ${q.type} → ${p.type}`));
    if (!same(q.description, p.description))
      out.push(change('param.description.changed', where, `${what} description changed`));
    if (was !== now) {
      const kind = was === '' ? 'param.wire.added' : 'param.wire.changed';
      out.push(change(kind, where, `${what} on the wire: ${was || 'nowhere'} → ${now || 'nowhere'}`));
    }
    if (q.example !== p.example)
      out.push(change('param.example.changed', where, `${what} example ${exampleWords(q)} → ${exampleWords(p)}`));
    out.push(...unnamedFields(PARAM_FIELDS, q, p, where, `${what} `));
  }
  return out;
}

const exampleWords = (p: ParamModel) => (p.example === undefined ? 'none' : quote(String(p.example)));

/** `element <BucketName>, header Content-Range`; empty when the wire does not carry the param. */
function wireWords(p: ParamModel): string {
  return [
    ...(p.wire?.element === undefined ? [] : [`element <${p.wire.element}>`]),
    ...(p.wire?.header === undefined ? [] : [`header ${p.wire.header}`]),
  ].join(', ');
}

function compareVariants(
  code: string,
  before: readonly VariantModel[],
  after: readonly VariantModel[],
  locales: CommonLocales,
): Change[] {
  const out: Change[] = [];
  const old = new Map(before.map((v) => [v.id, v]));
  const ids = new Set(after.map((v) => v.id));
  for (const v of before)
    if (!ids.has(v.id)) out.push(change('variant.removed', { code, variant: v.id }, `variant ${v.id} removed`));
  for (const v of after) {
    const w = old.get(v.id);
    const where = { code, variant: v.id };
    if (!w) {
      out.push(change('variant.added', where, `variant ${v.id} added`));
      continue;
    }
    if (w.message !== v.message)
      out.push(
        change(
          'variant.message.changed',
          where,
          `variant ${v.id} wire message ${quote(w.message)} → ${quote(v.message)}`,
        ),
      );
    const inside = [
      ...compareTexts(where, w, v, locales),
      ...compareDeprecation(w.deprecated, v.deprecated, where),
      ...unnamedFields(VARIANT_FIELDS, w, v, where),
    ];
    out.push(...inside.map((c) => ({ ...c, what: `variant ${v.id} ${c.what}` })));
  }
  return out;
}

interface Texts {
  readonly text: LocalizedText;
  readonly causes: readonly CauseModel[];
  readonly notes?: string;
  readonly sources: unknown;
}

/** A code's or a variant's texts: one change per locale whose text differs, causes, notes, sources. */
function compareTexts(where: Where, before: Texts, after: Texts, locales: CommonLocales): Change[] {
  const out: Change[] = [];
  for (const locale of locales.all) {
    if (before.text[locale] === after.text[locale]) continue;
    const kind =
      locale !== locales.source
        ? 'text.translation.changed'
        : where.variant === undefined
          ? 'text.source.changed'
          : 'variant.text.source.changed';
    out.push(change(kind, where, `${locale} text changed`));
  }
  const [was, now] = [before.causes, after.causes];
  const sameCauses =
    was.length === now.length &&
    was.every((c, i) => sameIn(c.cause, now[i]!.cause, locales.all) && sameIn(c.fix, now[i]!.fix, locales.all));
  if (!sameCauses) {
    const counts = was.length === now.length ? `${now.length}` : `${was.length} → ${now.length}`;
    out.push(change('causes.changed', where, `causes and fixes changed (${counts})`));
  }
  if (before.notes !== after.notes) out.push(change('notes.changed', where, 'notes changed'));
  if (!same(before.sources, after.sources)) out.push(change('sources.changed', where, 'sources changed'));
  return out;
}

/** A deprecation added, removed or changed, on a code or (with `variant`) on one of its variants. */
function compareDeprecation(was: DeprecationModel | undefined, now: DeprecationModel | undefined, where: Where) {
  if (!was && !now) return [];
  if (!now) return [change('deprecation.removed', where, 'no longer deprecated')];
  if (!was) {
    const instead = now.replacement === undefined ? '' : `, use ${now.replacement}`;
    return [change('deprecation.added', where, `deprecated since ${now.since}${instead}`)];
  }
  return same(was, now) ? [] : [change('deprecation.changed', where, 'deprecation changed')];
}
