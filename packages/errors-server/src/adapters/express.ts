import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { printError } from '../print-error.js';
import { toErrorResponse } from '../to-error-response.js';
import { unmatchedRouteError } from '../unmatched-route.js';
import { pathOfUrl } from '../url-path.js';
import { type AdapterOptions, responseOptions } from './adapter-options.js';
import { writeErrorResponse } from './node.js';

export type ExpressErrorOptions = AdapterOptions<Request>;

/**
 * Express 5 error middleware: `app.use(jssErrorHandler())` after the routes. When the response
 * has already started it hands the error to Express (`next(error)`), which closes the connection.
 * Without `onUnexpectedError`, an unexpected error is printed as Express prints it (its stack on
 * stderr, except when the app's env is `test`).
 */
export function jssErrorHandler(options: ExpressErrorOptions = {}): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    answer(error, req, res, options);
  };
}

/**
 * Express 5 middleware for requests no route matched: `app.use(jssNotFoundHandler())` after the
 * routes. Answers `options.notFound(req)`, else `unmatchedRouteError(path)` (NoSuchBucket,
 * NoSuchKey or MethodNotAllowed), as an S3 error.
 */
export function jssNotFoundHandler(options: ExpressErrorOptions = {}): RequestHandler {
  return (req, res) => {
    const path = pathOfUrl(req.originalUrl);
    answer(options.notFound ? options.notFound(req) : unmatchedRouteError(path), req, res, options);
  };
}

function answer(error: unknown, req: Request, res: Response, options: ExpressErrorOptions): void {
  const facts = { method: req.method, accept: req.headers.accept, path: pathOfUrl(req.originalUrl) };
  const report = (unexpected: unknown) => {
    if (req.app.get('env') !== 'test') printError(unexpected);
  };
  writeErrorResponse(res, toErrorResponse(error, responseOptions(options, req, facts, report)));
}
