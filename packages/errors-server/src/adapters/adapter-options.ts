import type { ErrorResponseOptions } from '../types.js';

/** Options every framework adapter takes; the functions read what they need from the request. */
export interface AdapterOptions<Req> {
  /** The request's id (e.g. set by a tracing middleware); a new S3-style id when absent. */
  readonly requestId?: (request: Req) => string | undefined;
  /** `x-amz-id-2`; a new random one when absent. */
  readonly hostId?: (request: Req) => string | undefined;
  /** The resource when the error has none; default: the request path, query dropped. */
  readonly resource?: (request: Req) => string | undefined;
  /** Sees anything that is not a JssError before it is answered as InternalError. */
  readonly onUnexpectedError?: (error: unknown, context: { readonly requestId: string; readonly request: Req }) => void;
  /** See `ErrorResponseOptions.problemTypeBase`. */
  readonly problemTypeBase?: string;
}

/** What the framework knows about the request without help. */
export interface RequestFacts {
  readonly method: string | undefined;
  readonly accept: string | readonly string[] | null | undefined;
  readonly path: string | undefined;
}

export function responseOptions<Req>(
  options: AdapterOptions<Req>,
  request: Req,
  facts: RequestFacts,
): ErrorResponseOptions {
  const hook = options.onUnexpectedError;
  return {
    method: facts.method,
    accept: facts.accept,
    resource: options.resource ? options.resource(request) : facts.path,
    requestId: options.requestId?.(request),
    hostId: options.hostId?.(request),
    problemTypeBase: options.problemTypeBase,
    onUnexpectedError: hook && ((error, context) => hook(error, { requestId: context.requestId, request })),
  };
}
