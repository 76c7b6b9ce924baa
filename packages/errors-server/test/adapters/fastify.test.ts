import { jssErrorHandler } from '@jss/errors-server/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ID_HEADERS, ROUTES, expectAdapterAnswersLikeTheCore, unexpectedLog } from './scenario.js';

const log = unexpectedLog();
let app: FastifyInstance;
let origin: string;

beforeAll(async () => {
  app = Fastify();
  app.setErrorHandler(
    jssErrorHandler({
      requestId: (request) => request.headers[ID_HEADERS.requestId] as string | undefined,
      hostId: (request) => request.headers[ID_HEADERS.hostId] as string | undefined,
      onUnexpectedError: log.hook,
    }),
  );
  for (const route of ROUTES) {
    app.get(route.path, async (_request, reply) => {
      for (const [name, value] of Object.entries(route.staleHeaders ?? {})) reply.header(name, value);
      throw route.error();
    });
  }
  origin = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => app.close());

describe('Fastify 5 error handler (jssErrorHandler)', () => {
  it('answers GET and HEAD, XML and JSON, exactly as the core does', async () => {
    await expectAdapterAnswersLikeTheCore(origin, log);
  });
});
