// Where Node's HTTP server would answer by itself, the stand-in answers as S3 does, on a port and
// in-process alike (both build their server the same way, but each is tested over its transport).
import { type Agent, request } from 'node:http';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';
import { createInProcessJssMock, type JssMock, startJssMock } from '@jss/errors-testing';
import { describe, expect, it } from 'vitest';

const Bucket = 'photos';

interface Form {
  readonly mock: Pick<JssMock, 'objectBody' | 'close'>;
  /** A raw connection to the stand-in. */
  connection(): Duplex;
  /** Where `http.request` sends. */
  readonly target: { host: string; port?: number; agent?: Agent };
}

const FORMS: Record<string, () => Promise<Form>> = {
  'on a port': async () => {
    const mock = await startJssMock({ buckets: [Bucket] });
    return { mock, connection: () => connect(mock.port, '127.0.0.1'), target: { host: '127.0.0.1', port: mock.port } };
  },
  'in-process': async () => {
    const mock = createInProcessJssMock({ buckets: [Bucket] });
    return {
      mock,
      connection: () => mock.agent.createConnection(),
      target: { host: 'jss-mock.invalid', agent: mock.agent },
    };
  },
};

/** Writes `raw` on a new connection and answers all the stand-in sends before it closes. */
function exchange(socket: Duplex, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString()));
    socket.write(raw);
  });
}

/** A PUT through Node's HTTP client with an `Expect` header; `100-continue` waits for the go-ahead. */
function putExpecting(form: Form, expect: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { ...form.target, method: 'PUT', path: `/${Bucket}/k`, headers: { expect, 'content-length': body.length } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    if (expect === '100-continue') req.on('continue', () => req.end(body));
    else req.end(body);
  });
}

describe.each(Object.keys(FORMS))('%s', (name) => {
  it('an Expect other than 100-continue is ignored, as S3 does (Node would answer 417)', async () => {
    const form = await FORMS[name]!();
    try {
      expect(await putExpecting(form, 'something-else', 'first')).toBe(200);
      expect(form.mock.objectBody(Bucket, 'k')?.toString()).toBe('first');
      expect(await putExpecting(form, '100-continue', 'second')).toBe(200);
      expect(form.mock.objectBody(Bucket, 'k')?.toString()).toBe('second');
    } finally {
      await form.mock.close();
    }
  });

  it('a request the HTTP parser refuses gets a whole 400 with an S3 XML error, then the connection closes', async () => {
    const form = await FORMS[name]!();
    try {
      const raw = await exchange(form.connection(), `GET /${Bucket}/k HTTP/1.1\r\nHost: x\r\nBad Header: v\r\n\r\n`);
      const [head = '', body = ''] = raw.split('\r\n\r\n');
      const lines = head.split('\r\n');
      expect(lines[0]).toBe('HTTP/1.1 400 Bad Request');
      const headers = Object.fromEntries(
        lines
          .slice(1)
          .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 2)]),
      );
      expect(headers['content-type']).toBe('application/xml');
      expect(headers.connection).toBe('close');
      expect(Number(headers['content-length'])).toBe(Buffer.byteLength(body));
      expect(body).toContain('<Code>BadRequest</Code>');
      expect(body).toContain(`<RequestId>${headers['x-amz-request-id']}</RequestId>`);
    } finally {
      await form.mock.close();
    }
  });
});
