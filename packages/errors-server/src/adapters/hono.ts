import type { Context, ErrorHandler } from 'hono';
import { pathOfUrl } from '../url-path.js';
import { type AdapterOptions, responseOptions } from './adapter-options.js';
import { toFetchResponse } from './fetch.js';

export type HonoErrorOptions = AdapterOptions<Context>;

/**
 * Hono error handler: `app.onError(jssOnError())`. Hono's HTTPException is not a JssError:
 * throw JssErrors from routes, or it is answered as InternalError.
 */
export function jssOnError(options: HonoErrorOptions = {}): ErrorHandler {
  return (error, c) => {
    const request = c.req.raw;
    const facts = { method: request.method, accept: request.headers.get('accept'), path: pathOfUrl(request.url) };
    return toFetchResponse(error, responseOptions(options, c, facts));
  };
}
