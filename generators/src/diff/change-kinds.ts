import type { Impact } from './impact.js';

/**
 * Every kind of catalog change and what it does to consumers. Breaking: what clients match on
 * or call (codes, statuses, wire messages, variants, placeholders, aliases, retry advice) stops
 * working as before. Minor: something new. Patch: text for humans.
 */
export const CHANGE_KINDS = {
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
  // Where the wire carries a param: the parser and the server follow it.
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
  // A field this diff does not know yet (added to the model since): reported, never silent.
  'field.changed': 'patch',
} as const satisfies Record<string, Impact>;

export type ChangeKind = keyof typeof CHANGE_KINDS;
