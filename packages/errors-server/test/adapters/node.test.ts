import { NoSuchKeyError } from '@jss/errors';
import { sendJssError } from '@jss/errors-server/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenNode, type Listening } from '../support/listen.js';
import { ID_HEADERS, ROUTES, expectAdapterAnswersLikeTheCore, unexpectedLog } from './scenario.js';

const log = unexpectedLog();
let server: Listening;

beforeAll(async () => {
  server = await listenNode((req, res) => {
    try {
      const route = ROUTES.find((r) => r.path === req.url?.split('?')[0]);
      if (!route) throw new Error('no route');
      for (const [name, value] of Object.entries(route.staleHeaders ?? {})) res.setHeader(name, value);
      throw route.error();
    } catch (error) {
      sendJssError(res, error, {
        requestId: req.headers[ID_HEADERS.requestId] as string,
        hostId: req.headers[ID_HEADERS.hostId] as string,
        onUnexpectedError: log.hook,
      });
    }
  });
});
afterAll(() => server.close());

describe('Node http adapter (sendJssError)', () => {
  it('answers GET and HEAD, XML and JSON, exactly as the core does', async () => {
    await expectAdapterAnswersLikeTheCore(server.origin, log);
  });
});

describe('sendJssError after the response started', () => {
  it('destroys the socket instead of writing a second response', async () => {
    const results: unknown[] = [];
    const started = await listenNode((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
      // A stream that fails once the body is under way.
      setTimeout(() => results.push(sendJssError(res, new Error('late'))), 20);
    });
    try {
      const response = await fetch(started.origin);
      expect(response.status).toBe(200);
      await expect(response.text()).rejects.toThrow();
      expect(results).toEqual([undefined]);
    } finally {
      await started.close();
    }
  });
});

describe('sendJssError and headers set before the throw', () => {
  it('keeps Content-Security-Policy and drops Content-Disposition, Content-Language, Content-Location', async () => {
    const started = await listenNode((_req, res) => {
      res.setHeader('Content-Security-Policy', "default-src 'none'");
      res.setHeader('Content-Security-Policy-Report-Only', "img-src 'self'");
      res.setHeader('Content-Disposition', 'attachment; filename="cat.jpg"');
      res.setHeader('Content-Language', 'fr');
      res.setHeader('Content-Location', '/photos/cat-v2.jpg');
      res.setHeader('Content-MD5', 'Q2hlY2sgSW50ZWdyaXR5IQ==');
      sendJssError(res, new NoSuchKeyError({ resource: '' }));
    });
    try {
      const response = await fetch(`${started.origin}/photos/cat.jpg`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
      expect(response.headers.get('content-security-policy-report-only')).toBe("img-src 'self'");
      for (const name of ['content-disposition', 'content-language', 'content-location', 'content-md5'])
        expect(response.headers.get(name), name).toBeNull();
      expect(await response.text()).toContain('<Resource>/photos/cat.jpg</Resource>');
    } finally {
      await started.close();
    }
  });
});
