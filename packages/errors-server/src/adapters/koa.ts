import type { Context, Middleware } from 'koa';
import { isStaleHeader } from '../stale-headers.js';
import { toErrorResponse } from '../to-error-response.js';
import { pathOfUrl } from '../url-path.js';
import { type AdapterOptions, responseOptions } from './adapter-options.js';

export type KoaErrorOptions = AdapterOptions<Context>;

/**
 * Koa middleware: `app.use(jssErrors())` first, so it wraps every other middleware. Errors thrown
 * after the response started are rethrown to Koa.
 */
export function jssErrors(options: KoaErrorOptions = {}): Middleware {
  return async function jssErrorsMiddleware(ctx, next) {
    try {
      await next();
    } catch (error) {
      if (ctx.headerSent) throw error;
      const facts = { method: ctx.method, accept: ctx.get('accept') || undefined, path: pathOfUrl(ctx.originalUrl) };
      const response = toErrorResponse(error, responseOptions(options, ctx, facts));
      for (const name of Object.keys(ctx.response.headers)) if (isStaleHeader(name)) ctx.remove(name);
      ctx.status = response.status;
      // Koa drops the body of a HEAD response itself; an empty body keeps it from answering 204.
      ctx.body = response.body ?? '';
      // Set after the body: Koa's body setter rewrites Content-Type and Content-Length.
      ctx.set(response.headers);
    }
  };
}
