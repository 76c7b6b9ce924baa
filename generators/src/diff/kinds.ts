import type { VersionType } from '@changesets/types';

/**
 * The one severity scale, worst first: what a change does to consumers, and the bump (changesets'
 * own `VersionType`) it needs. Breaking: what clients match on or call (codes, statuses, wire
 * messages, variants, placeholders, aliases, retry advice) stops working as before. Minor:
 * something new. Patch: text for humans.
 */
const SCALE = { breaking: 'major', minor: 'minor', patch: 'patch' } as const satisfies Record<string, VersionType>;
export type Impact = keyof typeof SCALE;
export const IMPACTS = Object.keys(SCALE) as Impact[];
export const bumpOf = (impact: Impact): VersionType => SCALE[impact];

const rank = (bump: VersionType) => (bump === 'none' ? IMPACTS.length : IMPACTS.findIndex((i) => SCALE[i] === bump));
export const atLeast = (have: VersionType, need: VersionType) => rank(have) <= rank(need);

/** The worst of some impacts; `undefined` for none at all. */
export const worst = (impacts: readonly Impact[]): Impact | undefined => IMPACTS.find((i) => impacts.includes(i));

/** Every kind of catalog change and its impact. Which packages a diff reaches is computed (reach.ts). */
export const KINDS = {
  'code.added': 'minor',
  'code.removed': 'breaking',
  'code.renamed': 'breaking',
  'code.retired': 'breaking',
  'code.reordered': 'patch',
  'status.changed': 'breaking',
  'statuses.added': 'minor',
  'statuses.removed': 'breaking',
  'message.changed': 'breaking',
  // Clients branch on these (retry loops, alerting on server faults).
  'fault.changed': 'breaking',
  'retry.changed': 'breaking',
  'retryAfter.added': 'minor',
  'retryAfter.changed': 'minor',
  'retryAfter.removed': 'breaking',
  // What a retry needs first: the retry helpers stop (or start) backing off without it.
  'retryWhen.changed': 'breaking',
  'aws.changed': 'minor',
  'alias.added': 'minor',
  'alias.removed': 'breaking',
  'variant.added': 'minor',
  'variant.removed': 'breaking',
  'variant.message.changed': 'breaking',
  // Every placeholder is optional in the options: adding one breaks no caller.
  'param.added': 'minor',
  'param.removed': 'breaking',
  'param.renamed': 'breaking',
  'param.retyped': 'breaking',
  'param.description.changed': 'patch',
  'param.example.changed': 'patch',
  // A request value's rule: the stand-in (and `errorInfo[code].constraints`) refuses values it took.
  'constraint.tightened': 'breaking',
  // Values refused before are taken: something new, nothing that worked stops.
  'constraint.relaxed': 'minor',
  // Where the wire carries a param: parsers and servers follow it.
  'param.wire.added': 'minor',
  'param.wire.changed': 'breaking',
  'text.source.changed': 'patch',
  'variant.text.source.changed': 'patch',
  'text.translation.changed': 'patch',
  'causes.changed': 'patch',
  'notes.changed': 'patch',
  'sources.changed': 'patch',
  'messageSource.changed': 'patch',
  // A bodiless response (HEAD) now means another code.
  'statusDefault.code.changed': 'breaking',
  'statusDefault.added': 'minor',
  'statusDefault.removed': 'breaking',
  'statusDefault.operation.added': 'minor',
  'statusDefault.operation.removed': 'breaking',
  'statusDefault.operation.changed': 'breaking',
  'statusDefault.note.changed': 'patch',
  'label.changed': 'patch',
  'locale.added': 'minor',
  'locale.removed': 'breaking',
  'locale.source.changed': 'breaking',
  'reference.changed': 'patch',
  'deprecation.added': 'minor',
  'deprecation.changed': 'patch',
  'deprecation.removed': 'minor',
  // A code, variant or placeholder field none of the above names (a model field added since): never silent.
  'field.changed': 'patch',
} as const satisfies Record<string, Impact>;

export type ChangeKind = keyof typeof KINDS;

/** One semantic change between two catalogs. */
export interface Change {
  readonly kind: ChangeKind;
  readonly impact: Impact;
  /** The code it is about (the new name of a renamed code); absent for catalog-wide changes. */
  readonly code?: string;
  readonly variant?: string;
  /** What changed, in words: `status 400 → 503`. Catalog text enters it quoted. */
  readonly what: string;
}

export interface Where {
  readonly code?: string;
  readonly variant?: string;
}

export const change = (kind: ChangeKind, where: Where, what: string): Change => ({
  kind,
  impact: KINDS[kind],
  ...where,
  what,
});
