import { createJssServer } from '../http-server.js';
import { createJssMockCore, type JssMockControls, type JssMockOptions } from '../mock-server.js';
import { InProcessAgent } from './agent.js';
import { agentFetch } from './fetch.js';

export type InProcessJssMockOptions = Omit<JssMockOptions, 'port' | 'host'>;

export interface InProcessJssMock extends JssMockControls {
  /**
   * `http://jss-mock.invalid`: the endpoint for path-style clients. A name that never resolves,
   * so a client not given the transport below fails at once instead of reaching a real server.
   */
  readonly url: string;
  /** `http://<domains[0]>`: the endpoint for virtual-host style clients (no lookup is made). */
  readonly virtualHostUrl: string;
  /** Carries any Node HTTP client's requests to the stand-in: minio-js `transportAgent`, `http.request`. */
  readonly agent: InProcessAgent;
  /** `fetch` answered by the stand-in, e.g. for `jssFetch`'s `fetch` option. */
  readonly fetch: typeof fetch;
  /** Ends every open in-memory connection and every pending `delayMs` (its request is dropped). */
  close(): Promise<void>;
}

/**
 * The stand-in of `startJssMock`, with the same rules, data and log, but reached in-process: no
 * port, no socket, nothing to await. Node's HTTP client and server still run on both ends, so a
 * client sees exactly what it sees over a socket (status, headers, bodiless HEAD, dropped and
 * truncated answers). For the AWS SDK: `requestHandler: jssRequestHandler(mock)` from
 * `@jss/errors-testing/aws-sdk`.
 */
export function createInProcessJssMock(options: InProcessJssMockOptions = {}): InProcessJssMock {
  const { listener, controls, endDelays } = createJssMockCore(options);
  // Never listens: connections come only from the agent.
  const server = createJssServer(listener);
  const agent = new InProcessAgent(server);
  const served = {
    url: 'http://jss-mock.invalid',
    virtualHostUrl: `http://${options.domains?.[0] ?? 'localhost'}`,
    agent,
    fetch: agentFetch(agent),
    async close() {
      endDelays();
      agent.destroy();
      server.closeAllConnections();
    },
  };
  // Descriptors, not a spread: `requests` is a getter.
  return Object.defineProperties(served, Object.getOwnPropertyDescriptors(controls)) as InProcessJssMock;
}
