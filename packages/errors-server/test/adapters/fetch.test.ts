import { serve, type ServerType } from '@hono/node-server';
import { toFetchResponse } from '@jss/errors-server/fetch';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ID_HEADERS, ROUTES, expectAdapterAnswersLikeTheCore, unexpectedLog } from './scenario.js';

const log = unexpectedLog();
let server: ServerType;
let origin: string;

/** A plain Fetch handler, as a Worker, Deno or Bun app would have; served by @hono/node-server. */
function handler(request: Request): Response {
  try {
    const route = ROUTES.find((r) => r.path === new URL(request.url).pathname);
    if (!route) throw new Error('no route');
    throw route.error();
  } catch (error) {
    return toFetchResponse(error, {
      request,
      requestId: request.headers.get(ID_HEADERS.requestId) ?? undefined,
      hostId: request.headers.get(ID_HEADERS.hostId) ?? undefined,
      onUnexpectedError: log.hook,
    });
  }
}

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: handler, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      origin = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('Fetch adapter (toFetchResponse)', () => {
  it('answers GET and HEAD, XML and JSON, exactly as the core does', async () => {
    await expectAdapterAnswersLikeTheCore(origin, log);
  });

  it('keeps a non-standard status (567) in the Response', async () => {
    const { InvalidCallbackError } = await import('@jss/errors');
    const response = toFetchResponse(new InvalidCallbackError());
    expect(response.status).toBe(567);
    expect(await response.text()).toContain('<Code>InvalidCallback</Code>');
  });
});
