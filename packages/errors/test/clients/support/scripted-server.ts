import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer: status, headers and body sent as given. */
export interface Scripted {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

interface ScriptedServer {
  readonly endpoint: string;
  readonly state: { answer: Scripted; requests: { method: string; url: string }[] };
  close(): Promise<void>;
}

/** A server on 127.0.0.1 that answers every request with `answer` (set it before each call). */
export async function startScriptedServer(): Promise<ScriptedServer> {
  const state: ScriptedServer['state'] = {
    answer: { status: 200 },
    requests: [],
  };
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      state.requests.push({ method: req.method ?? '', url: req.url ?? '' });
      const { status, headers = {}, body = '' } = state.answer;
      res.writeHead(status, { 'content-length': Buffer.byteLength(body), ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
