import type { IncomingMessage, ServerResponse } from 'node:http';
import { printError } from '../print-error.js';
import { isStaleHeader } from '../stale-headers.js';
import { toErrorResponse } from '../to-error-response.js';
import type { ErrorResponseOptions, OutgoingErrorResponse } from '../types.js';
import { pathOfUrl } from '../url-path.js';

/** Options of {@link sendJssError}: method and Accept come from the request itself. */
export type NodeErrorOptions = Omit<ErrorResponseOptions, 'method' | 'accept'>;

/**
 * Answers a Node `http` request with the error response for `error` (see `toErrorResponse`).
 * The resource defaults to the request path (query dropped). Without `onUnexpectedError`, an
 * unexpected error is printed to stderr (its stack), as Node prints an uncaught one. Returns what
 * was sent, or undefined when the headers had already gone out: then the socket is destroyed, as
 * a half-sent response cannot become an error response. It never throws.
 */
export function sendJssError(
  res: ServerResponse,
  error: unknown,
  options: NodeErrorOptions = {},
): OutgoingErrorResponse | undefined {
  const req: IncomingMessage | undefined = res.req;
  const response = toErrorResponse(error, {
    ...options,
    method: req?.method,
    accept: req?.headers.accept,
    resource: options.resource ?? pathOfUrl(req?.url),
    onUnexpectedError: options.onUnexpectedError ?? printError,
  });
  return writeErrorResponse(res, response) ? response : undefined;
}

/**
 * Writes a response made by `toErrorResponse`. Headers set earlier that would misdescribe the
 * body are removed first. Returns false (and destroys the socket) when the headers were already
 * sent.
 */
export function writeErrorResponse(res: ServerResponse, response: OutgoingErrorResponse): boolean {
  if (res.headersSent) {
    res.destroy();
    return false;
  }
  for (const name of res.getHeaderNames()) if (isStaleHeader(name)) res.removeHeader(name);
  res.writeHead(response.status, response.headers);
  if (response.body === null) res.end();
  else res.end(response.body);
  return true;
}
