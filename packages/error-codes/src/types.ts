import type { JssErrorCodeName } from './generated/codes.js';

/** Who caused an error: the request (4xx) or the service (5xx). */
export type JssFault = 'client' | 'server';

/** The type a placeholder value must have. */
export type JssParamType = 'string' | 'integer';

/** Where the wire carries a param: a child element of `<Error>` (the key of a JSON body) and/or a response header. */
export interface JssParamWire {
  /** The element's name, e.g. `BucketName`. */
  readonly element?: string;
  /** The header's name as the catalog spells it, e.g. `Content-Range`; header names are case-insensitive. */
  readonly header?: string;
}

/** What the catalog says about one code. */
export interface JssErrorInfo {
  /** HTTP status JSS answers with; may be non-standard (InvalidCallback: 567). */
  readonly httpStatus: number;
  /**
   * Every status a client may see for the code, ascending, `httpStatus` among them (another JSS
   * endpoint, JD's documented status, a proxy): SlowDown is sent with 400 and may arrive with 503.
   */
  readonly statuses: readonly number[];
  /** Wire message, exactly as the service sends it in `<Message>`. */
  readonly message: string;
  readonly fault: JssFault;
  /** Whether repeating the same request may succeed. */
  readonly retryable: boolean;
  /** Whether the code asks the client to slow down. */
  readonly throttling: boolean;
  /** Suggested `Retry-After`, in seconds, where the catalog gives one. */
  readonly retryAfter?: number;
  /**
   * What a retry needs first, where a backoff alone fails the same way: `clockCorrected`, the
   * client's clock offset corrected (from the response) and the request signed again.
   */
  readonly retryWhen?: 'clockCorrected';
  /** The code's page in the reference, relative to `JSS_REFERENCE_BASE_URL`: `errors/NoSuchBucket/`. */
  readonly docPath: string;
  /** Other wire messages the code is sent with, by variant id. */
  readonly variants: Readonly<Record<string, string>>;
  /** The details the code may carry, by name: placeholders of its texts and the fields its wire response carries. */
  readonly params: Readonly<Record<string, JssParamType>>;
  /**
   * Where the wire carries a param, by param name: its element of the error body (XML; the key of a
   * JSON body) and/or a response header. Only params the wire carries are listed.
   */
  readonly wire: Readonly<Record<string, JssParamWire>>;
  /**
   * Rules a value of the request must meet, else JSS answers with this code, by param name
   * (InvalidBucketName's `bucket`): lengths in characters, and a pattern (for `new RegExp(pattern,
   * 'u')`) the whole value matches. Absent when the catalog states none.
   */
  readonly constraints?: Readonly<
    Record<string, { readonly minLength?: number; readonly maxLength?: number; readonly pattern?: string }>
  >;
  /** The AWS S3 counterpart, or null when AWS S3 has no such code. */
  readonly aws: { readonly code: string; readonly httpStatus: number } | null;
  /** Present when the code is deprecated: it still works, but new code should not rely on it. */
  readonly deprecated?: JssDeprecation;
  /** The deprecated variants, by variant id; absent when none is. */
  readonly deprecatedVariants?: Readonly<Record<string, JssDeprecation>>;
}

/** Why a code or variant is deprecated, since when, and what to use instead. */
export interface JssDeprecation {
  /** The day the catalog deprecated it, `YYYY-MM-DD`. */
  readonly since: string;
  /** The code to use instead, when there is one. */
  readonly replacement?: JssErrorCodeName;
  /** Why, in the catalog's source locale (English); other locales are in the catalog. */
  readonly reason: string;
}

/** What the catalog kept of a code it retired (removed): enough to explain an old log line. */
export interface JssRetiredCodeInfo extends JssDeprecation {
  /** The status it was sent with. */
  readonly httpStatus: number;
  /** Its wire message. */
  readonly message: string;
  /** Other spellings it was recognised by (they stay reserved too). */
  readonly aliases: readonly string[];
}
