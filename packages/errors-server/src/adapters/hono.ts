import type { Context, ErrorHandler, MiddlewareHandler, NotFoundHandler } from 'hono';
import { toErrorResponse } from '../to-error-response.js';
import { unmatchedRouteError } from '../unmatched-route.js';
import { pathOfUrl } from '../url-path.js';
import { type AdapterOptions, responseOptions } from './adapter-options.js';

export type HonoErrorOptions = AdapterOptions<Context>;

/**
 * Hono error handler: `app.onError(jssErrorHandler())`. Hono's HTTPException is not a JssError:
 * throw JssErrors from routes, or it is answered as InternalError. Without `onUnexpectedError`,
 * an unexpected error is printed with `console.error`, as Hono's default handler does. Hono calls
 * `onError` only for `Error` instances: add {@link jssThrowGuard} for anything else thrown.
 */
export function jssErrorHandler(options: HonoErrorOptions = {}): ErrorHandler {
  return (error, c) => answer(error, c, options);
}

/**
 * Hono not-found handler: `app.notFound(jssNotFoundHandler())`. Answers `options.notFound(c)`,
 * else `unmatchedRouteError(path)`, as an S3 error. Hono routes strictly by default, so the AWS
 * SDK's `GET /bucket/?list-type=2` does not match `/:bucket`: use `new Hono({ strict: false })`.
 */
export function jssNotFoundHandler(options: HonoErrorOptions = {}): NotFoundHandler {
  return (c) => answer(options.notFound ? options.notFound(c) : unmatchedRouteError(pathOfUrl(c.req.url)), c, options);
}

/**
 * Hono middleware, `app.use(jssThrowGuard(options))` first: answers what Hono does not give to
 * `onError` (a thrown string, object or revoked Proxy), which would otherwise get Hono's bare 500.
 */
export function jssThrowGuard(options: HonoErrorOptions = {}): MiddlewareHandler {
  return async (c, next) => {
    try {
      await next();
    } catch (error) {
      return answer(error, c, options);
    }
  };
}

function answer(error: unknown, c: Context, options: HonoErrorOptions): Response {
  const request = c.req.raw;
  const facts = { method: request.method, accept: request.headers.get('accept'), path: pathOfUrl(request.url) };
  const response = toErrorResponse(error, responseOptions(options, c, facts, printLikeHono));
  return new Response(response.body, { status: response.status, headers: response.headers });
}

function printLikeHono(error: unknown): void {
  try {
    console.error(error);
  } catch {
    // Printing is best effort; the client still gets its answer.
  }
}
