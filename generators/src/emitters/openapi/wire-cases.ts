import type { CauseModel, DeprecationModel, ErrorModel, LocalizedText } from '../../model/types.js';

/** One thing the wire can say: a code with its own message, or one of its variants. */
export interface WireCase {
  readonly error: ErrorModel;
  /** The message key, which names the response and the examples. */
  readonly key: string;
  readonly variant: string | undefined;
  readonly message: string;
  readonly text: LocalizedText;
  /** A variant's own causes, else its code's. */
  readonly causes: readonly CauseModel[];
  /** A variant's own deprecation, else its code's. */
  readonly deprecated: DeprecationModel | undefined;
}

/** A code, then each of its variants, in catalog order. */
export function wireCases(error: ErrorModel): WireCase[] {
  return [
    {
      error,
      key: error.messageKey,
      variant: undefined,
      message: error.message,
      text: error.text,
      causes: error.causes,
      deprecated: error.deprecated,
    },
    ...error.variants.map((v) => ({
      error,
      key: v.messageKey,
      variant: v.id,
      message: v.message,
      text: v.text,
      causes: v.causes.length > 0 ? v.causes : error.causes,
      deprecated: v.deprecated ?? error.deprecated,
    })),
  ];
}

/** `NoSuchBucket` or `BucketNotEmpty (acl)`: how an example is listed in a docs portal. */
export function caseLabel(c: WireCase): string {
  return c.variant === undefined ? c.error.code : `${c.error.code} (${c.variant})`;
}
