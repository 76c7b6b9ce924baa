import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { BadRequestError } from '@jss/errors';
import { toErrorResponse } from '@jss/errors-server';

/**
 * The Node HTTP server of the stand-in, on a port or in-process. Where Node would answer by itself
 * it answers as S3 does: an `Expect` other than `100-continue` is ignored (Node sends a bare 417),
 * and a request Node's parser refuses gets an S3 XML error (Node sends a bare 400).
 */
export function createJssServer(listener: (req: IncomingMessage, res: ServerResponse) => void): Server {
  const server = createServer(listener);
  server.on('checkExpectation', listener);
  server.on('clientError', refuseUnparsable);
  return server;
}

/**
 * Answers a request that could not be parsed (bad header characters, a malformed request line, …)
 * with a complete HTTP/1.1 response carrying S3's XML error, then closes: the connection cannot be
 * read further.
 */
function refuseUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const response = toErrorResponse(new BadRequestError());
  const head = [`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`];
  for (const [name, value] of Object.entries({ ...response.headers, connection: 'close' }))
    head.push(`${name}: ${value}`);
  socket.end(`${head.join('\r\n')}\r\n\r\n${response.body ?? ''}`, () => socket.destroy());
}
