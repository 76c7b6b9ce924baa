// A JSS-exact error server on 127.0.0.1 for the client tests, built with @jss/errors-server.
// @jss/errors-server and @jss/errors-i18n depend on @jss/errors, so they cannot be its
// dependencies (turbo refuses cycles): their BUILT packages are loaded from the workspace.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createJssError } from '@jss/errors';

type ToErrorResponse = (
  error: unknown,
  options?: { method?: string; resource?: string },
) => { status: number; headers: Record<string, string>; body: string | null; requestId: string };

const serverModule = new URL('../../../../errors-server/dist/index.js', import.meta.url).href;
const i18nModule = new URL('../../../../errors-i18n/dist/index.js', import.meta.url).href;
const bundlesModule = new URL('../../../../errors-i18n/dist/all.js', import.meta.url).href;
const { toErrorResponse } = (await import(serverModule)) as { toErrorResponse: ToErrorResponse };
const i18n = (await import(i18nModule)) as {
  formatJssError: (error: unknown, options?: { locale?: string; bundles?: unknown }) => string;
};
const { jssMessageBundles } = (await import(bundlesModule)) as { jssMessageBundles: unknown };
/** `formatJssError` of @jss/errors-i18n with its en/zh bundles. */
export const formatJssError = (error: unknown, options: { locale: string }): string =>
  i18n.formatJssError(error, { ...options, bundles: jssMessageBundles });

/** One planned answer: an error of a code (and variant), or a success. */
export interface PlannedAnswer {
  readonly code?: string;
  readonly variant?: string;
  /** Drop Retry-After so the client's own backoff decides. */
  readonly withoutRetryAfter?: boolean;
  /** Send the error with status 200, as CopyObject does when it fails late. */
  readonly asStatus200?: boolean;
  /** Extra headers, e.g. `x-amz-retry-after`. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly at: number;
}

export interface JssTestServer {
  readonly endpoint: string;
  /** Requests received since the last `plan`. */
  readonly received: ReceivedRequest[];
  /** Answers the next requests in order; after the list runs out, every request succeeds. */
  plan(...answers: PlannedAnswer[]): void;
  /** The request id of the last error sent. */
  lastRequestId(): string | undefined;
  close(): Promise<void>;
}

export async function startJssTestServer(): Promise<JssTestServer> {
  let queue: PlannedAnswer[] = [];
  const received: ReceivedRequest[] = [];
  let lastRequestId: string | undefined;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', at: Date.now() });
      const answer = queue.shift();
      if (answer?.code === undefined) return succeed(req, res);
      const error = createJssError(answer.code as 'NoSuchKey', { variant: answer.variant } as object);
      const path = (req.url ?? '/').split('?')[0];
      const response = toErrorResponse(error, { method: req.method, resource: path });
      lastRequestId = response.requestId;
      const headers: Record<string, string> = { ...response.headers, ...answer.headers };
      if (answer.withoutRetryAfter) delete headers['retry-after'];
      res.writeHead(answer.asStatus200 ? 200 : response.status, headers);
      res.end(response.body ?? undefined);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    received,
    plan(...answers) {
      queue = [...answers];
      received.length = 0;
    },
    lastRequestId: () => lastRequestId,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A plausible success for GET, HEAD, PUT and List, enough for both clients. */
function succeed(req: IncomingMessage, res: ServerResponse): void {
  const headers = { 'x-amz-request-id': 'OK0000000000', etag: '"d41d8cd98f00b204e9800998ecf8427e"' };
  if ((req.url ?? '').includes('list-type=2')) {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>photos</Name><KeyCount>0</KeyCount>' +
      '<MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated></ListBucketResult>';
    res.writeHead(200, { ...headers, 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) });
    res.end(body);
    return;
  }
  const body = req.method === 'GET' ? 'hello' : '';
  const length = req.method === 'HEAD' ? 5 : body.length;
  const lastModified = new Date(0).toUTCString();
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/plain',
    'content-length': length,
    'last-modified': lastModified,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
