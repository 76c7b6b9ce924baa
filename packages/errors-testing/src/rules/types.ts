import type { JssErrorCodeName } from '@jss/error-codes';
import type { JssErrorOptionsMap } from '@jss/errors';
import type { S3Operation } from '../s3/operation.js';

/** The variant ids of a code (`'multipartUploads' | 'acl'` for BucketNotEmpty; `never` for most). */
export type JssVariantOf<C extends JssErrorCodeName> = NonNullable<JssErrorOptionsMap[C]['variant']>;

/** A catalog error: the code, and a variant only where the code has them (a typo does not compile). */
export type JssErrorAnswer = {
  [C in JssErrorCodeName]: { readonly code: C; readonly variant?: JssVariantOf<C> };
}[JssErrorCodeName];

/** How the answer is delivered, with or without an error. */
export interface AnswerEffects {
  /** Wait this long before answering (or dropping). */
  readonly delayMs?: number;
  /** `Retry-After` in seconds instead of the catalog's; `null` sends none. */
  readonly retryAfter?: number | null;
  /**
   * `drop`: close the connection without answering. `truncate`: send the status, headers and
   * half of the body, then close (the client sees a body shorter than Content-Length).
   */
  readonly connection?: 'drop' | 'truncate';
  /** Send the error body with status 200, as JSS does when CompleteMultipartUpload fails late. */
  readonly inside200?: boolean;
}

/**
 * What a rule answers: a catalog error (with effects), or effects alone, after which the
 * in-memory JSS answers (`{ delayMs: 500 }` slows a request down, `{ connection: 'drop' }` drops it).
 */
export type MockAnswer = (JssErrorAnswer & AnswerEffects) | (AnswerEffects & { readonly code?: undefined });

/** A key pattern: the exact key, a prefix, or a glob (`*` within a segment, `**` across `/`, `?`). */
export type KeyMatcher = string | { readonly prefix: string } | { readonly glob: string };

/** Which of the requests that reach the rule it answers, counting from 1. */
export type CallMatcher =
  | { readonly nth: number }
  | { readonly every: number }
  | { readonly first: number }
  | { readonly after: number };

/** A header value to match: exact text (case-sensitive), a pattern, or `true` for "present". */
export type HeaderMatcher = string | RegExp | true;

/** One rule. Every condition given must hold; rules are evaluated in order and the first that holds answers. */
export interface MockRule {
  /** Shown in the request log as the rule that answered (else its index). */
  readonly name?: string;
  readonly operation?: S3Operation | readonly S3Operation[];
  readonly bucket?: string;
  readonly key?: KeyMatcher;
  /** Header names are case-insensitive. */
  readonly headers?: Readonly<Record<string, HeaderMatcher>>;
  /** Counted over the requests that reach this rule and meet its other conditions. */
  readonly call?: CallMatcher;
  /** Answer this fraction (0–1) of those requests, drawn from a generator seeded by `seed`. */
  readonly probability?: number;
  /** Seed of `probability` (default: the mock's `seed`, else 1). The same seed gives the same sequence. */
  readonly seed?: number;
  readonly answer: MockAnswer;
}
