import { serve, type ServerType } from '@hono/node-server';
import { jssErrorHandler } from '@jss/errors-server/hono';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ID_HEADERS, ROUTES, expectAdapterAnswersLikeTheCore, unexpectedLog } from './scenario.js';

const log = unexpectedLog();
let server: ServerType;
let origin: string;

beforeAll(async () => {
  const app = new Hono();
  for (const route of ROUTES) {
    app.get(route.path, (c) => {
      for (const [name, value] of Object.entries(route.staleHeaders ?? {})) c.header(name, value);
      throw route.error();
    });
  }
  app.onError(
    jssErrorHandler({
      requestId: (c) => c.req.header(ID_HEADERS.requestId),
      hostId: (c) => c.req.header(ID_HEADERS.hostId),
      onUnexpectedError: log.hook,
    }),
  );
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      origin = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('Hono onError (jssErrorHandler)', () => {
  it('answers GET and HEAD, XML and JSON, exactly as the core does', async () => {
    await expectAdapterAnswersLikeTheCore(origin, log);
  });
});
