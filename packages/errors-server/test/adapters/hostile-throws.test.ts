// Review rows 19 and 20 (D3): a thrown value whose reads throw must not kill the Node adapter's
// process nor leak through a framework's fallback: every adapter answers 500 InternalError.
import { serve } from '@hono/node-server';
import { parseJssErrorResponse } from '@jss/errors';
import { jssErrorHandler as expressHandler } from '@jss/errors-server/express';
import { jssErrorHandler as fastifyHandler } from '@jss/errors-server/fastify';
import { jssErrorHandler as honoHandler, jssThrowGuard as honoGuard } from '@jss/errors-server/hono';
import { jssErrorHandler as koaHandler } from '@jss/errors-server/koa';
import { sendJssError } from '@jss/errors-server/node';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import Koa from 'koa';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Listening, listenNode, listenServer } from '../support/listen.js';
import { HOSTILE_VALUES, SECRET } from './hostile-values.js';

const quiet = { onUnexpectedError: () => {} };
const valueAt = (url: string | undefined) => HOSTILE_VALUES[Number(new URL(url ?? '/', 'http://x').pathname.slice(1))];

async function expectInternalError(origin: string, index: number): Promise<void> {
  const response = await fetch(`${origin}/${index}`);
  const body = await response.text();
  expect(response.status).toBe(500);
  expect(body).not.toContain('hunter2');
  expect(body).not.toContain(SECRET.split(' ')[0]);
  const parsed = parseJssErrorResponse({ status: response.status, headers: response.headers, body });
  expect(parsed.code).toBe('InternalError');
  expect(parsed.requestId).toBe(response.headers.get('x-amz-request-id'));
}

const servers: Record<string, Listening> = {};

beforeAll(async () => {
  servers.node = await listenNode((req, res) => {
    try {
      throw valueAt(req.url)!.make();
    } catch (error) {
      sendJssError(res, error, quiet);
    }
  });

  const app = express();
  app.get('/:index', (req) => {
    throw HOSTILE_VALUES[Number(req.params.index)]!.make();
  });
  app.use(expressHandler(quiet));
  servers.express = await listenServer(createServer(app));

  const fastify = Fastify();
  fastify.setErrorHandler(fastifyHandler(quiet));
  fastify.get('/:index', async (request) => {
    throw HOSTILE_VALUES[Number((request.params as { index: string }).index)]!.make();
  });
  const fastifyOrigin = await fastify.listen({ port: 0, host: '127.0.0.1' });
  servers.fastify = { port: 0, origin: fastifyOrigin, close: () => fastify.close() };

  const koa = new Koa();
  koa.use(koaHandler(quiet));
  koa.use(async (ctx) => {
    throw valueAt(ctx.url)!.make();
  });
  servers.koa = await listenServer(createServer(koa.callback()));

  const hono = new Hono();
  hono.use(honoGuard(quiet));
  hono.get('/:index', (c) => {
    throw HOSTILE_VALUES[Number(c.req.param('index'))]!.make();
  });
  hono.onError(honoHandler(quiet));
  servers.hono = await new Promise<Listening>((resolve) => {
    const server = serve({ fetch: hono.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({
        port: info.port,
        origin: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
});
afterAll(async () => {
  for (const server of Object.values(servers)) await server.close();
});

describe.each(['node', 'express', 'fastify', 'koa', 'hono'])('%s adapter and throwing reads', (name) => {
  it.each(HOSTILE_VALUES.map((value, index) => ({ ...value, index })))(
    'answers $name with 500 InternalError, leaks nothing and lives',
    async ({ index }) => {
      await expectInternalError(servers[name]!.origin, index);
      // The server is still there for the next request.
      await expectInternalError(servers[name]!.origin, index);
    },
  );
});
