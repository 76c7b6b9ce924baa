// Without onUnexpectedError, an unexpected error is reported the way each framework reports one
// (new-user trial: "server bugs are swallowed"); with it, only the hook sees it.
import { serve } from '@hono/node-server';
import { jssErrorHandler as expressHandler } from '@jss/errors-server/express';
import { jssErrorHandler as fastifyHandler } from '@jss/errors-server/fastify';
import { toFetchResponse } from '@jss/errors-server/fetch';
import { jssErrorHandler as honoHandler } from '@jss/errors-server/hono';
import { jssErrorHandler as koaHandler } from '@jss/errors-server/koa';
import { sendJssError } from '@jss/errors-server/node';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import Koa from 'koa';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { type Listening, listenNode, listenServer } from '../support/listen.js';

const BUG = 'bug: connect ECONNREFUSED db.internal:5432';

let printed: MockInstance<typeof console.error>;
beforeEach(() => {
  printed = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => printed.mockRestore());

/** Everything console.error was given, as one text. */
const stderrText = () =>
  printed.mock.calls.map((args) => args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' ')).join('\n');

async function call(server: Listening): Promise<Response> {
  try {
    const response = await fetch(`${server.origin}/photos/cat.jpg`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('ECONNREFUSED');
    return response;
  } finally {
    await server.close();
  }
}

function expressApp(options: Parameters<typeof expressHandler>[0], env: string) {
  const app = express();
  app.set('env', env);
  app.get('/photos/cat.jpg', () => {
    throw new Error(BUG);
  });
  app.use(expressHandler(options));
  return listenServer(createServer(app));
}

describe('Express', () => {
  it('prints the stack on stderr, as Express does', async () => {
    await call(await expressApp({}, 'development'));
    expect(stderrText()).toContain(`Error: ${BUG}\n    at `);
  });
  it('prints nothing when the env is test, as Express does', async () => {
    await call(await expressApp({}, 'test'));
    expect(printed).not.toHaveBeenCalled();
  });
  it('gives it to onUnexpectedError instead', async () => {
    const seen: unknown[] = [];
    await call(await expressApp({ onUnexpectedError: (error) => seen.push(error) }, 'development'));
    expect(seen).toEqual([expect.objectContaining({ message: BUG })]);
    expect(printed).not.toHaveBeenCalled();
  });
});

describe('Koa', () => {
  function koaApp(setup: (app: Koa) => void, options: Parameters<typeof koaHandler>[0] = {}) {
    const app = new Koa();
    setup(app);
    app.use(koaHandler(options));
    app.use(async () => {
      throw new Error(BUG);
    });
    return listenServer(createServer(app.callback()));
  }
  it("prints it as Koa's default error listener does", async () => {
    await call(await koaApp(() => {}));
    expect(stderrText()).toContain(`Error: ${BUG}`);
  });
  it("emits it to the app's error listeners, with the context", async () => {
    const seen: unknown[] = [];
    await call(await koaApp((app) => app.on('error', (error, ctx) => seen.push([error.message, ctx.path]))));
    expect(seen).toEqual([[BUG, '/photos/cat.jpg']]);
    expect(printed).not.toHaveBeenCalled();
  });
  it('wraps a non-error as Koa does', async () => {
    const seen: string[] = [];
    const app = new Koa();
    app.on('error', (error: Error) => seen.push(error.message));
    app.use(koaHandler());
    app.use(async () => {
      throw { reason: 'plain object' };
    });
    await call(await listenServer(createServer(app.callback())));
    expect(seen).toEqual(['non-error thrown: {"reason":"plain object"}']);
  });
});

describe('Fastify', () => {
  it('logs it through the request logger at level error, with the error serialized', async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const app = Fastify({ logger: { level: 'info', stream } });
    app.setErrorHandler(fastifyHandler());
    app.get('/photos/cat.jpg', async () => {
      throw new Error(BUG);
    });
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    await call({ port: 0, origin, close: () => app.close() });
    const logged = lines.find((line) => line.level === 50);
    expect(logged).toMatchObject({ msg: BUG, err: { message: BUG, type: 'Error' } });
    expect(String((logged!.err as { stack: string }).stack)).toContain('    at ');
    expect(logged!.reqId).toBeDefined();
    expect(printed).not.toHaveBeenCalled();
  });

  it("prints the stack on the process's stderr with Fastify's defaults (no logger)", async () => {
    // A process of its own: what a user running `Fastify()` sees on the terminal.
    const app = `
      import Fastify from 'fastify';
      import { jssErrorHandler } from '@jss/errors-server/fastify';
      const app = Fastify();
      app.setErrorHandler(jssErrorHandler());
      app.get('/photos/cat.jpg', async () => { throw new Error(${JSON.stringify(BUG)}); });
      const response = await app.inject({ method: 'GET', url: '/photos/cat.jpg' });
      process.stdout.write(String(response.statusCode));
      await app.close();`;
    const packageDir = fileURLToPath(new URL('../..', import.meta.url));
    const run = promisify(execFile);
    const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', app], { cwd: packageDir });
    expect(stdout).toBe('500');
    expect(stderr).toContain(`Error: ${BUG}\n    at `);
  });
});

describe('Hono', () => {
  it('prints it with console.error, as Hono does', async () => {
    const app = new Hono();
    app.get('/photos/cat.jpg', () => {
      throw new Error(BUG);
    });
    app.onError(honoHandler());
    const server = await new Promise<Listening>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
        resolve({
          port: info.port,
          origin: `http://127.0.0.1:${info.port}`,
          close: () => new Promise<void>((done) => s.close(() => done())),
        }),
      );
    });
    await call(server);
    expect(printed).toHaveBeenCalledWith(expect.objectContaining({ message: BUG }));
  });
});

describe('Node http and Fetch', () => {
  it('sendJssError prints the stack on stderr', async () => {
    await call(await listenNode((_req, res) => void sendJssError(res, new Error(BUG))));
    expect(stderrText()).toContain(`Error: ${BUG}\n    at `);
  });
  it('toFetchResponse prints the stack on stderr', async () => {
    const response = toFetchResponse(new Error(BUG), { request: new Request('http://127.0.0.1/photos/cat.jpg') });
    expect(response.status).toBe(500);
    expect(stderrText()).toContain(`Error: ${BUG}\n    at `);
  });
  it('a JssError is expected: nothing is printed', async () => {
    const { NoSuchKeyError } = await import('@jss/errors');
    expect(toFetchResponse(new NoSuchKeyError()).status).toBe(404);
    expect(printed).not.toHaveBeenCalled();
  });
});
