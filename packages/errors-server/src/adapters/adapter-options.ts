import type { ErrorResponseOptions } from '../types.js';

/** Options every framework adapter takes; the functions read what they need from the request. */
export interface AdapterOptions<Req> {
  /** The request's id (e.g. set by a tracing middleware); a new S3-style id when absent. */
  readonly requestId?: (request: Req) => string | undefined;
  /**
   * `x-amz-id-2`, not sent by default (JSS does not send it): `true` sends a new one, a function
   * the id it returns (a new one when it returns undefined).
   */
  readonly hostId?: boolean | ((request: Req) => string | undefined);
  /** See `ErrorResponseOptions.statusCodeElement` (default true, as JSS). */
  readonly statusCodeElement?: boolean;
  /** The resource when the error has none; default: the request path, query dropped. */
  readonly resource?: (request: Req) => string | undefined;
  /**
   * Sees anything that is not a JssError before it is answered as InternalError. Without it the
   * framework's own reporting gets it (see the README), so a bug is never silent.
   */
  readonly onUnexpectedError?: (error: unknown, context: { readonly requestId: string; readonly request: Req }) => void;
  /** See `ErrorResponseOptions.problemTypeBase`. */
  readonly problemTypeBase?: string;
  /** The error `jssNotFoundHandler` answers with; default: `unmatchedRouteError(path)`. */
  readonly notFound?: (request: Req) => unknown;
}

/** What the framework knows about the request without help. */
export interface RequestFacts {
  readonly method: string | undefined;
  readonly accept: string | readonly string[] | null | undefined;
  readonly path: string | undefined;
}

/** How the framework reports an error nobody handled, used when there is no `onUnexpectedError`. */
export type FrameworkReport = (error: unknown) => void;

export function responseOptions<Req>(
  options: AdapterOptions<Req>,
  request: Req,
  facts: RequestFacts,
  report: FrameworkReport,
): ErrorResponseOptions {
  const hook = options.onUnexpectedError;
  const hostId = options.hostId;
  return {
    method: facts.method,
    accept: facts.accept,
    resource: options.resource ? options.resource(request) : facts.path,
    requestId: options.requestId?.(request),
    hostId: typeof hostId === 'function' ? (hostId(request) ?? true) : hostId,
    statusCodeElement: options.statusCodeElement,
    problemTypeBase: options.problemTypeBase,
    onUnexpectedError: hook ? (error, context) => hook(error, { requestId: context.requestId, request }) : report,
  };
}
