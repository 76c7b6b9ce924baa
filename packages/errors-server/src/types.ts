/** The body formats an error response can take. */
export type ErrorBodyFormat = 'xml' | 'json' | 'problem';

/** An error response, framework-free: write `status`, every header, then `body` (if any). */
export interface OutgoingErrorResponse<S extends number = number> {
  readonly status: S;
  /** Lower-case names; values are always legal header values. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text, or null for HEAD (the headers still describe the body a GET gets). */
  readonly body: string | null;
  /** The request id sent in `x-amz-request-id` and in the body, for the app's logs. */
  readonly requestId: string;
}

/** What an app learns when something that is not a JssError was turned into InternalError. */
export interface UnexpectedErrorContext {
  /** The request id the client was given, to find the log line again. */
  readonly requestId: string;
}

export type UnexpectedErrorHook = (error: unknown, context: UnexpectedErrorContext) => void;

/** Per-response options of {@link toErrorResponse}. Every field is optional. */
export interface ErrorResponseOptions {
  /**
   * The request id to send. Falls back to the error's own, then to a new S3-style id. An id that is
   * not 1-128 characters of `A-Z a-z 0-9 - _ . ~ + / = :` is replaced by a new one.
   */
  readonly requestId?: string;
  /**
   * `x-amz-id-2`, which JSS does not send, so neither do we by default. `true` sends the error's
   * host id or a new one; a string sends that id (same rules as `requestId`, up to 256 characters).
   */
  readonly hostId?: string | boolean;
  /**
   * Whether the XML body starts with `<statusCode>404</statusCode>` before `<Code>`, as JSS's
   * does (default true). The AWS SDK and minio read code, message and request id the same either
   * way; minio-js, which keeps no HTTP status, then has it as `err.statuscode`.
   */
  readonly statusCodeElement?: boolean;
  /** The bucket or object the error is about (`/bucket/key`), used when the error has none. */
  readonly resource?: string;
  /** The request method; `HEAD` gets no body. */
  readonly method?: string;
  /** The request's `Accept` header; chooses XML (default), JSON or problem+json. */
  readonly accept?: string | readonly string[] | null;
  /**
   * Called with anything that is not a JssError before it is answered as InternalError, so the
   * app can log it. What it throws is ignored: the client still gets its response.
   */
  readonly onUnexpectedError?: UnexpectedErrorHook;
  /**
   * problem+json `type` is this plus the code (`https://example.com/errors/` →
   * `https://example.com/errors/NoSuchBucket`). Without it, `type` is the error's `docUrl` (its
   * page in the reference; see `setJssDocsBaseUrl` of @jss/errors). Either way `title` is the
   * code. An error with neither (an unknown code) gets `about:blank` and the HTTP status phrase
   * as `title`, as RFC 9457 asks.
   */
  readonly problemTypeBase?: string;
}
