import { toErrorResponse } from '../to-error-response.js';
import type { ErrorResponseOptions } from '../types.js';
import { pathOfUrl } from '../url-path.js';

/** Options of {@link toFetchResponse}: pass the `request` and method, Accept and path come from it. */
export interface FetchErrorOptions extends ErrorResponseOptions {
  readonly request?: Request;
}

/**
 * The error response for `error` as a Fetch API `Response`, for Workers, Deno, Bun, Hono and any
 * other Fetch-based server. With `request`, its method, `Accept` and path (as the default
 * resource) are used unless given explicitly.
 */
export function toFetchResponse(error: unknown, options: FetchErrorOptions = {}): Response {
  const request = options.request;
  const response = toErrorResponse(
    error,
    request === undefined
      ? options
      : {
          ...options,
          method: options.method ?? request.method,
          accept: options.accept ?? request.headers.get('accept'),
          resource: options.resource ?? pathOfUrl(request.url),
        },
  );
  return new Response(response.body, { status: response.status, headers: response.headers });
}
