import { printError } from '../print-error.js';
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
 * resource) are used unless given explicitly. Without `onUnexpectedError`, an unexpected error
 * is printed with `console.error`.
 */
export function toFetchResponse(error: unknown, options: FetchErrorOptions = {}): Response {
  const request = options.request;
  const reported = { ...options, onUnexpectedError: options.onUnexpectedError ?? printError };
  const response = toErrorResponse(
    error,
    request === undefined
      ? reported
      : {
          ...reported,
          method: options.method ?? request.method,
          accept: options.accept ?? request.headers.get('accept'),
          resource: options.resource ?? pathOfUrl(request.url),
        },
  );
  return new Response(response.body, { status: response.status, headers: response.headers });
}
