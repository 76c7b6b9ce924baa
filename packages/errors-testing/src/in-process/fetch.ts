import { type Agent, type IncomingMessage, request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';

/** Statuses whose response has no body, as `fetch` defines them. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * A function with `fetch`'s signature that sends each request through `agent` (Node's HTTP client,
 * the body read first) and answers a `Response`. A redirect is returned, not followed: the
 * stand-in's 3xx answers carry no `Location` to follow.
 */
export function agentFetch(agent: Agent): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
    const url = new URL(request.url);
    const headers: Record<string, string> = { accept: '*/*', ...Object.fromEntries(request.headers) };
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const sent = httpRequest(
        {
          agent,
          method: request.method,
          host: url.hostname,
          port: url.port,
          path: `${url.pathname}${url.search}`,
          headers,
          signal: request.signal,
        },
        resolve,
      );
      sent.on('error', (error) =>
        reject(error.name === 'AbortError' ? error : new TypeError('fetch failed', { cause: error })),
      );
      sent.end(body);
    });
    const responseHeaders = new Headers();
    const raw = response.rawHeaders;
    for (let i = 0; i + 1 < raw.length; i += 2) responseHeaders.append(raw[i]!, raw[i + 1]!);
    const status = response.statusCode ?? 0;
    const bodiless = request.method === 'HEAD' || NULL_BODY.has(status);
    if (bodiless) response.resume();
    return new Response(bodiless ? null : (Readable.toWeb(response) as ReadableStream<Uint8Array>), {
      status,
      statusText: response.statusMessage,
      headers: responseHeaders,
    });
  };
}
