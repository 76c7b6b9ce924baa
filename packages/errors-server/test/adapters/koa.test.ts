import { jssErrorHandler } from '@jss/errors-server/koa';
import Koa from 'koa';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { listenServer, type Listening } from '../support/listen.js';
import { ID_HEADERS, ROUTES, expectAdapterAnswersLikeTheCore, unexpectedLog } from './scenario.js';

const log = unexpectedLog();
let server: Listening;

beforeAll(async () => {
  const app = new Koa();
  app.use(
    jssErrorHandler({
      requestId: (ctx) => ctx.get(ID_HEADERS.requestId) || undefined,
      hostId: (ctx) => ctx.get(ID_HEADERS.hostId) || undefined,
      onUnexpectedError: log.hook,
    }),
  );
  app.use(async (ctx) => {
    const route = ROUTES.find((r) => r.path === ctx.path);
    if (!route) throw new Error('no route');
    ctx.set({ ...route.staleHeaders });
    throw route.error();
  });
  server = await listenServer(createServer(app.callback()));
});
afterAll(() => server.close());

describe('Koa middleware (jssErrorHandler)', () => {
  it('answers GET and HEAD, XML and JSON, exactly as the core does', async () => {
    await expectAdapterAnswersLikeTheCore(server.origin, log);
  });
});
