import { NoSuchKeyError } from '@jss/errors';
import { jssErrorHandler } from '@jss/errors-server/express';
import express from 'express';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** What helmet sets on every response: security headers, not facts about the body. */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'",
  'content-security-policy-report-only': "script-src 'self'; report-uri /csp",
  'x-content-type-options': 'nosniff',
};

/** Every header about the body the handler meant to send, which the error body does not have. */
const BODY_HEADERS = {
  'content-type': 'image/jpeg',
  'content-length': '123456',
  'content-encoding': 'gzip',
  'content-range': 'bytes 0-99/123456',
  'content-disposition': 'attachment; filename="cat.jpg"',
  'content-language': 'fr',
  'content-md5': 'Q2hlY2sgSW50ZWdyaXR5IQ==',
  'content-location': '/photos/cat-v2.jpg',
  'content-digest': 'sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:',
  etag: '"abc"',
  'last-modified': 'Wed, 21 Oct 2015 07:28:00 GMT',
  expires: 'Thu, 22 Oct 2015 07:28:00 GMT',
  'accept-ranges': 'bytes',
  'x-amz-version-id': '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY',
  'x-amz-meta-owner': 'alice',
};

describe('Express: headers set before the throw', () => {
  it("keeps security headers such as helmet's Content-Security-Policy, drops those about the body", async () => {
    const app = express();
    app.use((_req, res, next) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      next();
    });
    app.get('/photos/cat.jpg', (_req, res) => {
      for (const [name, value] of Object.entries(BODY_HEADERS)) res.setHeader(name, value);
      throw new NoSuchKeyError({ resource: '' });
    });
    app.use(jssErrorHandler({ requestId: () => 'EXPRESS000000001' }));
    const started = await listenServer(createServer(app));
    try {
      const response = await fetch(`${started.origin}/photos/cat.jpg?versionId=1`);
      const body = await response.text();
      expect(response.status).toBe(404);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers.get(name), name).toBe(value);
      for (const name of Object.keys(BODY_HEADERS)) {
        if (name === 'content-type' || name === 'content-length') continue;
        expect(response.headers.get(name), name).toBeNull();
      }
      expect(response.headers.get('content-type')).toBe('application/xml');
      expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
      expect(response.headers.get('x-amz-request-id')).toBe('EXPRESS000000001');
      // An empty resource on the error does not hide the request path.
      expect(body).toContain('<Resource>/photos/cat.jpg</Resource>');
    } finally {
      await started.close();
    }
  });
});
