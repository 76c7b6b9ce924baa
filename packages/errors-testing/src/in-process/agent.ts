import { Agent, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { MemorySocket } from './memory-socket.js';

/**
 * An `http.Agent` whose connections go to a Node HTTP server in this process, not to a port: the
 * client's and the server's own HTTP code run on both ends of an in-memory connection. Any client
 * that takes an agent uses it (the AWS SDK's Node handler, minio-js, `http.request`).
 */
export class InProcessAgent extends Agent {
  private readonly server: Server;

  constructor(server: Server) {
    super({ keepAlive: true });
    this.server = server;
  }

  /** Called by `Agent` for a new connection, whatever host and port the request names. */
  override createConnection(): Duplex {
    const [client, server] = MemorySocket.pair();
    this.server.emit('connection', server);
    return client;
  }
}
