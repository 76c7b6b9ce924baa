// The real server helpers answering one planned error: what a JSS built on @jss/errors-server
// sends, to compare the stand-in with.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createJssError } from '@jss/errors';
import { sendJssError } from '@jss/errors-server/node';

export interface ReferenceServer {
  readonly url: string;
  readonly port: number;
  /** Every following request is answered with this error. */
  answer(code: string, variant: string | undefined): void;
  close(): Promise<void>;
}

export async function startReferenceServer(): Promise<ReferenceServer> {
  let planned: { code: string; variant: string | undefined } = { code: 'InternalError', variant: undefined };
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => sendJssError(res, createJssError(planned.code, { variant: planned.variant } as never)));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    answer(code, variant) {
      planned = { code, variant };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
