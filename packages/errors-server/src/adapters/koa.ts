import type { Context, Middleware } from 'koa';
import { isStaleHeader } from '../stale-headers.js';
import { toErrorResponse } from '../to-error-response.js';
import { unmatchedRouteError } from '../unmatched-route.js';
import { pathOfUrl } from '../url-path.js';
import { type AdapterOptions, responseOptions } from './adapter-options.js';
import { asNativeError } from './as-native-error.js';

export type KoaErrorOptions = AdapterOptions<Context>;

/**
 * Koa middleware: `app.use(jssErrorHandler())` first, so it wraps every other middleware.
 * Without `onUnexpectedError`, an unexpected error is emitted as Koa emits errors
 * (`app.emit('error', err, ctx)`: your `app.on('error')` listener, else Koa's printout). An error
 * after the response started cannot become an error response: the connection is destroyed (the
 * client sees a truncated body, as with Node) and the error goes on to Koa.
 */
export function jssErrorHandler(options: KoaErrorOptions = {}): Middleware {
  return async function jssErrorMiddleware(ctx, next) {
    try {
      await next();
    } catch (error) {
      if (ctx.headerSent || !ctx.writable) {
        // Koa's own error handling only logs then, and would leave the response open forever.
        ctx.res.destroy();
        throw error;
      }
      answer(error, ctx, options);
    }
  };
}

/**
 * Koa middleware for requests nothing answered: `app.use(jssNotFoundHandler())` last, after the
 * router. Answers `options.notFound(ctx)`, else `unmatchedRouteError(path)`, as an S3 error.
 */
export function jssNotFoundHandler(options: KoaErrorOptions = {}): Middleware {
  return async function jssNotFoundMiddleware(ctx) {
    answer(options.notFound ? options.notFound(ctx) : unmatchedRouteError(pathOfUrl(ctx.originalUrl)), ctx, options);
  };
}

function answer(error: unknown, ctx: Context, options: KoaErrorOptions): void {
  const facts = { method: ctx.method, accept: ctx.get('accept') || undefined, path: pathOfUrl(ctx.originalUrl) };
  const report = (unexpected: unknown) => ctx.app.emit('error', asNativeError(unexpected), ctx);
  const response = toErrorResponse(error, responseOptions(options, ctx, facts, report));
  for (const name of Object.keys(ctx.response.headers)) if (isStaleHeader(name)) ctx.remove(name);
  ctx.status = response.status;
  // Koa drops the body of a HEAD response itself; an empty body keeps it from answering 204.
  ctx.body = response.body ?? '';
  // Set after the body: Koa's body setter rewrites Content-Type and Content-Length.
  ctx.set(response.headers);
}
