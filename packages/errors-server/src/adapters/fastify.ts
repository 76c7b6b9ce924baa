import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import { printError } from '../print-error.js';
import { isStaleHeader } from '../stale-headers.js';
import { toErrorResponse } from '../to-error-response.js';
import { unmatchedRouteError } from '../unmatched-route.js';
import { pathOfUrl } from '../url-path.js';
import { type AdapterOptions, responseOptions } from './adapter-options.js';

const encoder = new TextEncoder();

export type FastifyErrorOptions = AdapterOptions<FastifyRequest>;

/**
 * Fastify 5 error handler: `app.setErrorHandler(jssErrorHandler())`. Fastify's own errors
 * (validation, body parsing) are not JssErrors: map them to one in a handler of your own first,
 * or they are answered as InternalError. Without `onUnexpectedError`, an unexpected error is
 * logged through the request's logger (`request.log.error({ err })`), as Fastify logs a 500; with
 * Fastify's default (no logger), it is printed on stderr as the other adapters do.
 */
export function jssErrorHandler(options: FastifyErrorOptions = {}) {
  return function handleJssError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
    return answer(error, request, reply, options);
  };
}

/**
 * Fastify 5 not-found handler: `app.setNotFoundHandler(jssNotFoundHandler())`. Answers
 * `options.notFound(request)`, else `unmatchedRouteError(path)`, as an S3 error.
 */
export function jssNotFoundHandler(options: FastifyErrorOptions = {}) {
  return function handleJssNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
    const error = options.notFound ? options.notFound(request) : unmatchedRouteError(pathOfUrl(request.url));
    return answer(error, request, reply, options);
  };
}

function answer(error: unknown, request: FastifyRequest, reply: FastifyReply, options: FastifyErrorOptions) {
  // Always the GET body: for HEAD, Fastify takes Content-Length from it and sends no body,
  // while a HEAD reply with no payload would be given `Content-Length: 0`.
  const facts = { method: undefined, accept: request.headers.accept, path: pathOfUrl(request.url) };
  const report = (unexpected: unknown) => logThroughFastify(request, unexpected);
  const response = toErrorResponse(error, responseOptions(options, request, facts, report));
  for (const name of Object.keys(reply.getHeaders())) if (isStaleHeader(name)) reply.removeHeader(name);
  reply.code(response.status).headers(response.headers);
  // Bytes, not a string: Fastify would append `; charset=utf-8` to a JSON Content-Type.
  return reply.send(encoder.encode(response.body!));
}

/** As Fastify's default handler logs a 500; a value its serializer cannot read is still noted. */
function logThroughFastify(request: FastifyRequest, error: unknown): void {
  if (isFastifyNullLogger(request.log)) {
    printError(error);
    return;
  }
  try {
    request.log.error({ err: error }, errorMessage(error));
  } catch {
    request.log.error('A thrown value that cannot be read was answered as InternalError.');
  }
}

function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
}

/**
 * Fastify without `logger` (its default) gives every request a logger that drops everything;
 * it is the only one whose `child()` is itself (fastify/lib/logger-factory.js), so an error
 * sent there would be lost.
 */
function isFastifyNullLogger(log: FastifyBaseLogger): boolean {
  try {
    return log.child({}) === log;
  } catch {
    return false;
  }
}
