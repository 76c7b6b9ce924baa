import type { ErrorRequestHandler, Request } from 'express';
import { pathOfUrl } from '../url-path.js';
import { toErrorResponse } from '../to-error-response.js';
import { type AdapterOptions, responseOptions } from './adapter-options.js';
import { writeErrorResponse } from './node.js';

export type ExpressErrorOptions = AdapterOptions<Request>;

/**
 * Express 5 error middleware: `app.use(jssErrorHandler())` after the routes. When the response
 * has already started it hands the error to Express (`next(error)`), which closes the connection.
 */
export function jssErrorHandler(options: ExpressErrorOptions = {}): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const facts = { method: req.method, accept: req.headers.accept, path: pathOfUrl(req.originalUrl) };
    writeErrorResponse(res, toErrorResponse(error, responseOptions(options, req, facts)));
  };
}
