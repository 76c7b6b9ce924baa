import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  readonly port: number;
  readonly origin: string;
  close(): Promise<void>;
}

/** Starts a Node http server on 127.0.0.1 and a free port. */
export function listenNode(handler: RequestListener): Promise<Listening> {
  return listenServer(createServer(handler));
}

/** Listens with an existing server (a framework's) on 127.0.0.1 and a free port. */
export async function listenServer(server: Server): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
