import { jssErrorHandler } from '@jss/errors-server/express';
import express from 'express';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { listenServer, type Listening } from '../support/listen.js';
import { ID_HEADERS, ROUTES, expectAdapterAnswersLikeTheCore, unexpectedLog } from './scenario.js';

const log = unexpectedLog();
let server: Listening;

beforeAll(async () => {
  const app = express();
  for (const route of ROUTES) {
    app.get(route.path, (_req, res) => {
      for (const [name, value] of Object.entries(route.staleHeaders ?? {})) res.setHeader(name, value);
      throw route.error();
    });
  }
  app.use(
    jssErrorHandler({
      requestId: (req) => req.get(ID_HEADERS.requestId),
      hostId: (req) => req.get(ID_HEADERS.hostId),
      onUnexpectedError: log.hook,
    }),
  );
  server = await listenServer(createServer(app));
});
afterAll(() => server.close());

describe('Express 5 error middleware (jssErrorHandler)', () => {
  it('answers GET and HEAD, XML and JSON, exactly as the core does', async () => {
    await expectAdapterAnswersLikeTheCore(server.origin, log);
  });
});
