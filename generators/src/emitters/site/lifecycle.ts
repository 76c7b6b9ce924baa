import type { DeprecationModel, RetiredModel } from '../../model/types.js';
import { joinSentences } from '../../text/markdown.js';
import type { Say } from './labels.js';

/**
 * `Deprecated since 2026-01-01: reason Use X instead.` in the page's language ('' when current);
 * the label brings its own colon, and sentences join as the language does (no space after `：`).
 */
export function deprecationNotice(deprecated: DeprecationModel | undefined, say: Say): string {
  if (deprecated === undefined) return '';
  const head = joinSentences(say.doc('deprecated', { since: deprecated.since }), deprecated.reason[say.locale]!);
  return deprecated.replacement === undefined
    ? head
    : joinSentences(head, say.doc('useInstead', { code: deprecated.replacement }));
}

/** `Retired since …: reason` for a retired code's page; its replacement is a link beside it. */
export function retirementNotice(retired: RetiredModel, say: Say): string {
  return joinSentences(say.doc('retired', { since: retired.since }), retired.reason[say.locale]!);
}

/** `Use {code} instead.` around a link: the text before and after the code. */
export function useInsteadAround(say: Say): { before: string; after: string } {
  const marker = '\u0000';
  const [before = '', after = ''] = say.doc('useInstead', { code: marker }).split(marker);
  return { before, after };
}
