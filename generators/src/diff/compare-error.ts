import type { ErrorModel } from '../model/types.js';
import { type Change, change } from './change.js';
import { compareDeprecation } from './compare-deprecation.js';
import { compareParams } from './compare-params.js';
import { compareCauses, compareText } from './compare-texts.js';
import { compareVariants } from './compare-variants.js';
import type { CommonLocales } from './locales-in-common.js';
import { added, quote, same } from './words.js';

/** Fields compared by name below, or derived from them (names, keys, cases). */
const KNOWN = new Set([
  'code',
  'className',
  'optionsTypeName',
  'camelName',
  'httpStatus',
  'statuses',
  'message',
  'messageSource',
  'text',
  'messageKey',
  'sourceText',
  'specName',
  'docPath',
  'lookupKeys',
  'params',
  'fieldParams',
  'cases',
  'fault',
  'retryable',
  'throttling',
  'retryAfter',
  'aws',
  'aliases',
  'sources',
  'causes',
  'notes',
  'variants',
  'deprecated',
]);

/** Every change between two versions of one code (`after.code` names it; a rename is reported apart). */
export function compareError(before: ErrorModel, after: ErrorModel, locales: CommonLocales): Change[] {
  const code = after.code;
  const out: Change[] = [];
  const push = (kind: Parameters<typeof change>[0], what: string) => out.push(change(kind, { code, what }));

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
  if (!same(before.aws, after.aws)) push('aws.changed', `AWS counterpart ${awsText(before)} → ${awsText(after)}`);
  for (const a of added(after.aliases, before.aliases)) push('alias.removed', `alias ${a} removed`);
  for (const a of added(before.aliases, after.aliases)) push('alias.added', `alias ${a} added`);
  out.push(...compareParams(code, before.params, after.params));
  out.push(...compareVariants(code, before.variants, after.variants, locales));
  out.push(...compareText({ code }, before.text, after.text, locales));
  out.push(...compareCauses({ code }, before.causes, after.causes, locales));
  if (before.notes !== after.notes) push('notes.changed', 'notes changed');
  if (!same(before.sources, after.sources)) push('sources.changed', 'sources changed');
  if (before.messageSource !== after.messageSource)
    push('messageSource.changed', `message source ${before.messageSource} → ${after.messageSource}`);
  out.push(...compareDeprecation(before.deprecated, after.deprecated, { code: after.code }));
  const unknown = unknownFieldsChanged(before, after);
  if (unknown.length > 0) push('field.changed', `${unknown.join(', ')} changed`);
  return out;
}

const awsText = (e: ErrorModel) => (e.aws ? `${e.aws.code} (${e.aws.httpStatus})` : 'none');

function unknownFieldsChanged(before: ErrorModel, after: ErrorModel): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  return [...keys].filter((k) => !KNOWN.has(k) && !same(b[k], a[k])).sort();
}
