// Unmatched routes answer like S3, checked with the real AWS SDK (path-style, dummy
// credentials, 127.0.0.1): a bucket path → NoSuchBucket, an object path → NoSuchKey, the service
// root → MethodNotAllowed; always an S3 XML error with the request id in header and body.
import {
  DeleteObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { serve } from '@hono/node-server';
import { SlowDownError } from '@jss/errors';
import * as expressAdapter from '@jss/errors-server/express';
import * as fastifyAdapter from '@jss/errors-server/fastify';
import * as honoAdapter from '@jss/errors-server/hono';
import * as koaAdapter from '@jss/errors-server/koa';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import Koa from 'koa';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Listening, listenServer } from '../support/listen.js';
import { awsClient } from '../support/s3-clients.js';

/** The one route every app has: ListObjectsV2 of a bucket, which is busy. */
const busy = () => new SlowDownError();

async function listenHono(app: Hono): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({
        port: info.port,
        origin: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}

const APPS: Record<string, () => Promise<Listening>> = {
  express: async () => {
    const app = express();
    app.get('/:bucket', () => {
      throw busy();
    });
    app.use(expressAdapter.jssNotFoundHandler());
    app.use(expressAdapter.jssErrorHandler());
    return listenServer(createServer(app));
  },
  fastify: async () => {
    // Fastify, like Hono, matches `/:bucket` strictly unless told to ignore the trailing slash.
    const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
    app.setErrorHandler(fastifyAdapter.jssErrorHandler());
    app.setNotFoundHandler(fastifyAdapter.jssNotFoundHandler());
    app.get('/:bucket', async (request, reply) => {
      // With the trailing slash ignored, `/` matches too, with an empty bucket: not this route's.
      if ((request.params as { bucket: string }).bucket === '') return reply.callNotFound();
      throw busy();
    });
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    return { port: Number(new URL(origin).port), origin, close: () => app.close() };
  },
  koa: async () => {
    const app = new Koa();
    app.use(koaAdapter.jssErrorHandler());
    app.use(async (ctx, next) => {
      if (ctx.method === 'GET' && /^\/[^/]+\/?$/.test(ctx.path)) throw busy();
      await next();
    });
    app.use(koaAdapter.jssNotFoundHandler());
    return listenServer(createServer(app.callback()));
  },
  hono: async () => {
    const app = new Hono({ strict: false });
    app.get('/:bucket', () => {
      throw busy();
    });
    app.onError(honoAdapter.jssErrorHandler());
    app.notFound(honoAdapter.jssNotFoundHandler());
    return listenHono(app);
  },
};

interface Seen {
  name: string;
  status: number | undefined;
  message: string;
  requestId: unknown;
  bodyRequestId: unknown;
}

async function seen(request: Promise<unknown>): Promise<Seen> {
  const error = (await request.then(
    () => {
      throw new Error('succeeded');
    },
    (e: unknown) => e,
  )) as Record<string, unknown> & { name: string; message: string; $metadata: Record<string, unknown> };
  return {
    name: error.name,
    status: error.$metadata.httpStatusCode as number | undefined,
    message: error.message,
    requestId: error.$metadata.requestId,
    bodyRequestId: error.RequestId,
  };
}

const HEX_ID = /^[0-9A-F]{16}$/;

describe.each(Object.keys(APPS))('%s: jssNotFoundHandler with the AWS SDK', (framework) => {
  let server: Listening;
  let client: S3Client;
  beforeAll(async () => {
    server = await APPS[framework]!();
    client = awsClient(server.port);
  });
  afterAll(async () => {
    client.destroy();
    await server.close();
  });

  it('lets a matched route answer, trailing slash included (ListObjectsV2 sends GET /bucket/?list-type=2)', async () => {
    const list = await seen(client.send(new ListObjectsV2Command({ Bucket: 'photos' })));
    expect(list).toMatchObject({ name: 'SlowDown', status: 400, message: 'Please reduce your request rate.' });
  });

  it('answers an unmatched object path with NoSuchKey (404)', async () => {
    const put = await seen(client.send(new PutObjectCommand({ Bucket: 'photos', Key: 'a/cat.jpg', Body: 'x' })));
    expect(put).toMatchObject({ name: 'NoSuchKey', status: 404, message: 'The specified key does not exist.' });
    expect(put.requestId).toMatch(HEX_ID);
    expect(put.bodyRequestId).toBe(put.requestId);
  });

  it('answers an unmatched bucket path with NoSuchBucket (404)', async () => {
    const del = await seen(client.send(new DeleteObjectCommand({ Bucket: 'photos', Key: '' })));
    expect(del).toMatchObject({ name: 'NoSuchBucket', status: 404 });
    expect(del.bodyRequestId).toBe(del.requestId);
  });

  it('answers the service root with MethodNotAllowed (405)', async () => {
    const buckets = await seen(client.send(new ListBucketsCommand({})));
    expect(buckets).toMatchObject({ name: 'MethodNotAllowed', status: 405 });
    expect(buckets.requestId).toMatch(HEX_ID);
  });

  it('answers an unmatched path in S3 XML with every adapter header', async () => {
    const response = await fetch(`${server.origin}/photos/missing/key.txt?X-Amz-Signature=secret`, { method: 'POST' });
    const body = await response.text();
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/xml');
    expect(body).toContain('<Code>NoSuchKey</Code>');
    expect(body).toContain('<Resource>/photos/missing/key.txt</Resource>');
    expect(body).toContain(`<RequestId>${response.headers.get('x-amz-request-id')}</RequestId>`);
  });
});

describe("Hono's strict routing trap", () => {
  it('with strict routing, ListObjectsV2 misses `/:bucket` but still gets an S3 error, not a parse error', async () => {
    const app = new Hono();
    app.get('/:bucket', () => {
      throw busy();
    });
    app.onError(honoAdapter.jssErrorHandler());
    app.notFound(honoAdapter.jssNotFoundHandler());
    const server = await listenHono(app);
    const client = awsClient(server.port);
    try {
      const list = await seen(client.send(new ListObjectsV2Command({ Bucket: 'photos' })));
      expect(list).toMatchObject({ name: 'NoSuchBucket', status: 404 });
      expect(list.bodyRequestId).toBe(list.requestId);
    } finally {
      client.destroy();
      await server.close();
    }
  });

  it('a custom notFound error is answered instead of the default', async () => {
    const app = new Hono({ strict: false });
    app.onError(honoAdapter.jssErrorHandler());
    app.notFound(honoAdapter.jssNotFoundHandler({ notFound: () => busy(), requestId: () => 'CUSTOMNOTFOUND01' }));
    const server = await listenHono(app);
    try {
      const response = await fetch(`${server.origin}/anything/at/all`);
      expect(response.status).toBe(400);
      expect(response.headers.get('x-amz-request-id')).toBe('CUSTOMNOTFOUND01');
      expect(await response.text()).toContain('<Code>SlowDown</Code>');
    } finally {
      await server.close();
    }
  });
});
