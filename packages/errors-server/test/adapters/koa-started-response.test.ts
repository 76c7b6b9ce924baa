// Review row 27 (D6): an error after Koa's response started left the connection open forever.
import { NoSuchKeyError } from '@jss/errors';
import { jssErrorHandler } from '@jss/errors-server/koa';
import Koa from 'koa';
import { createServer } from 'node:http';
import net from 'node:net';
import { expect, it } from 'vitest';
import { listenServer } from '../support/listen.js';

it('destroys the connection, so the client sees a truncated body that ends, and Koa gets the error', async () => {
  const app = new Koa();
  const reported: unknown[] = [];
  app.on('error', (error) => reported.push(error));
  app.use(jssErrorHandler());
  app.use(async (ctx) => {
    ctx.status = 200;
    ctx.type = 'text/plain';
    ctx.flushHeaders();
    ctx.res.write('first chunk of a download');
    await new Promise((resolve) => setTimeout(resolve, 20));
    throw new NoSuchKeyError();
  });
  const server = await listenServer(createServer(app.callback()));
  try {
    const socket = net.connect(server.port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk;
    });
    socket.write('GET /photos/cat.jpg HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    // Before the fix the socket stayed open (still after 30 s); it must close well before this.
    const closed = await new Promise<boolean>((resolve) => {
      socket.on('close', () => resolve(true));
      setTimeout(() => resolve(false), 5000);
    });
    socket.destroy();
    expect(closed).toBe(true);
    expect(received).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(received).toContain('first chunk of a download');
    // The chunked body never got its terminating zero-length chunk: the client knows it is cut.
    expect(received).not.toMatch(/\r\n0\r\n\r\n$/);
    expect(received).not.toContain('NoSuchKey');
    expect(reported).toHaveLength(1);
    expect(reported[0]).toBeInstanceOf(NoSuchKeyError);
  } finally {
    await server.close();
  }
});
