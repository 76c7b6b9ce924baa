import type { FastifyReply, FastifyRequest } from 'fastify';
import { isStaleHeader } from '../stale-headers.js';
import { toErrorResponse } from '../to-error-response.js';
import { pathOfUrl } from '../url-path.js';
import { type AdapterOptions, responseOptions } from './adapter-options.js';

const encoder = new TextEncoder();

export type FastifyErrorOptions = AdapterOptions<FastifyRequest>;

/**
 * Fastify 5 error handler: `app.setErrorHandler(jssErrorHandler())`. Fastify's own errors
 * (validation, body parsing) are not JssErrors: map them to one in a handler of your own first,
 * or they are answered as InternalError.
 */
export function jssErrorHandler(options: FastifyErrorOptions = {}) {
  return function handleJssError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
    // Always the GET body: for HEAD, Fastify takes Content-Length from it and sends no body,
    // while a HEAD reply with no payload would be given `Content-Length: 0`.
    const facts = { method: undefined, accept: request.headers.accept, path: pathOfUrl(request.url) };
    const response = toErrorResponse(error, responseOptions(options, request, facts));
    for (const name of Object.keys(reply.getHeaders())) if (isStaleHeader(name)) reply.removeHeader(name);
    reply.code(response.status).headers(response.headers);
    // Bytes, not a string: Fastify would append `; charset=utf-8` to a JSON Content-Type.
    return reply.send(encoder.encode(response.body!));
  };
}
