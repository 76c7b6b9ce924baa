import type { ServerResponse } from 'node:http';
import { type OutgoingErrorResponse, toErrorResponse } from '@jss/errors-server';
import { writeErrorResponse } from '@jss/errors-server/node';
import type { AnswerEffects } from './rules/types.js';
import type { Reply } from './s3/reply.js';

/** What went out, for the request log. */
export interface Sent {
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly delivery: 'complete' | 'truncated' | 'dropped';
}

export interface ErrorContext {
  readonly method: string;
  readonly accept: string | undefined;
  readonly path: string;
  readonly onUnexpectedError: ((error: unknown) => void) | undefined;
}

/** The JSS answer for an error, as @jss/errors-server builds it, with a rule's effects applied. */
export function errorResponse(error: unknown, context: ErrorContext, effects: AnswerEffects): OutgoingErrorResponse {
  const response = toErrorResponse(error, {
    method: context.method,
    accept: context.accept,
    resource: context.path,
    onUnexpectedError: context.onUnexpectedError ?? ((e) => console.error(e)),
  });
  const headers = { ...response.headers };
  if (effects.retryAfter === null) delete headers['retry-after'];
  else if (effects.retryAfter !== undefined) headers['retry-after'] = String(effects.retryAfter);
  return { ...response, headers, status: effects.inside200 ? 200 : response.status };
}

/** Sends an error response, whole or (for `truncate`) cut in half. */
export function sendError(
  res: ServerResponse,
  response: OutgoingErrorResponse,
  code: string,
  effects: AnswerEffects,
): Sent {
  if (effects.connection === 'truncate') {
    truncate(res, response.status, response.headers, Buffer.from(response.body ?? ''));
    return { status: response.status, code, delivery: 'truncated' };
  }
  writeErrorResponse(res, response);
  return { status: response.status, code, delivery: 'complete' };
}

/** Sends a success reply with the request id every JSS answer carries. */
export function sendReply(res: ServerResponse, reply: Reply, requestId: string, effects: AnswerEffects): Sent {
  const body = reply.body === undefined ? Buffer.alloc(0) : Buffer.from(reply.body);
  const headers: Record<string, string | number> = { 'x-amz-request-id': requestId, ...reply.headers };
  // HEAD keeps the length GET would get (set by the handler); a 204 or 304 has none.
  if (!('content-length' in headers) && reply.status !== 204 && reply.status !== 304)
    headers['content-length'] = body.length;
  if (effects.connection === 'truncate') {
    truncate(res, reply.status, headers, body);
    return { status: reply.status, code: undefined, delivery: 'truncated' };
  }
  res.writeHead(reply.status, headers);
  res.end(res.req.method === 'HEAD' ? undefined : body);
  return { status: reply.status, code: undefined, delivery: 'complete' };
}

/** Closes the connection without a byte of answer. */
export function drop(res: ServerResponse): Sent {
  res.socket?.destroy();
  return { status: undefined, code: undefined, delivery: 'dropped' };
}

function truncate(
  res: ServerResponse,
  status: number,
  headers: Readonly<Record<string, string | number>>,
  body: Buffer,
): void {
  res.writeHead(status, { ...headers, 'content-length': body.length });
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
}

/**
 * A NotImplemented answer of the in-memory JSS names the operation it does not emulate in an
 * `<Operation>` element (AWS adds such elements, e.g. `<Header>`, to this code), so a test sees why.
 */
export function namingOperation(response: OutgoingErrorResponse, operation: string): OutgoingErrorResponse {
  const end = response.body?.lastIndexOf('</Error>') ?? -1;
  if (response.body === null || end === -1) return response;
  const body = `${response.body.slice(0, end)}<Operation>${operation}</Operation>${response.body.slice(end)}`;
  return { ...response, body, headers: { ...response.headers, 'content-length': String(Buffer.byteLength(body)) } };
}
