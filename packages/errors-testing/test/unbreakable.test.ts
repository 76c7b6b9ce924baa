// Each adversarial finding against the stand-in (../shared/reviews/adversarial.md): small hostile
// input must get a clear answer fast, and nothing may grow or wait without bound.
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CreateMultipartUploadCommand, paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { type JssMock, type MockRule, parseMockRules, startJssMock } from '@jss/errors-testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { awsClient } from './support/clients.js';

let mock: JssMock;
beforeAll(async () => {
  mock = await startJssMock({ buckets: ['photos'] });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

/** One raw request; rejects after `timeoutMs` (a stand-in that hangs fails the test instead of it). */
function raw(
  method: string,
  path: string,
  body: string | Buffer = '',
  headers: Record<string, string> = {},
  timeoutMs = 5000,
): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(`${mock.url}${path}`, { method, headers, timeout: timeoutMs }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, ms: performance.now() - started }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

const codeOf = (body: string) => /<Code>([^<]*)<\/Code>/.exec(body)?.[1];

describe('request bodies', () => {
  it('an aws-chunked body with a negative chunk size is BadRequest at once (it looped for ever)', async () => {
    const answer = await raw('PUT', '/photos/x', '-10\r\n', { 'content-encoding': 'aws-chunked' });
    expect([answer.status, codeOf(answer.body)]).toEqual([400, 'BadRequest']);
    const cut = await raw('PUT', '/photos/x', '10\r\nabc', {
      'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
    });
    expect([cut.status, codeOf(cut.body)]).toEqual([400, 'IncompleteBody']);
    expect(mock.objectBody('photos', 'x')).toBeUndefined();
    expect((await raw('GET', '/photos')).status).toBe(200);
  });

  it('a body above maxBodyBytes is EntityTooLarge and not stored', async () => {
    const small = await startJssMock({ buckets: ['photos'], maxBodyBytes: 1000 });
    try {
      const res = await fetch(`${small.url}/photos/big`, { method: 'PUT', body: Buffer.alloc(5000, 1) });
      expect([res.status, codeOf(await res.text())]).toEqual([400, 'EntityTooLarge']);
      expect(small.objectBody('photos', 'big')).toBeUndefined();
    } finally {
      await small.close();
    }
  });
});

describe('listing', () => {
  it('pages after a common prefix with a full-width character end (the SDK paginator repeated one page)', async () => {
    for (const key of ['2024/a.jpg', '2024/（草稿）.docx', '2025/b.jpg', 'top.txt']) mock.putObject('photos', key, 'x');
    const prefixes: string[] = [];
    const keys: string[] = [];
    let pages = 0;
    const input = { Bucket: 'photos', Delimiter: '/' };
    for await (const page of paginateListObjectsV2({ client: awsClient(mock), pageSize: 1 }, input)) {
      if (++pages > 10) throw new Error('the listing does not end');
      for (const p of page.CommonPrefixes ?? []) prefixes.push(p.Prefix!);
      for (const c of page.Contents ?? []) keys.push(c.Key!);
    }
    expect({ prefixes, keys, pages }).toEqual({ prefixes: ['2024/', '2025/'], keys: ['top.txt'], pages: 3 });
  });

  it('ListObjects v1 pages with NextMarker: the last entry as listed, no internal character', async () => {
    for (const key of ['a/b.jpg', 'a/（1）.jpg', 'b.jpg']) mock.putObject('photos', key, 'x');
    const entries: string[] = [];
    let marker = '';
    for (let page = 0; page < 10; page++) {
      const { body } = await raw('GET', `/photos?delimiter=%2F&max-keys=1&marker=${encodeURIComponent(marker)}`);
      entries.push(...[...body.matchAll(/<(?:Key|Prefix)>([^<]+)<\/(?:Key|Prefix)>/g)].map((m) => m[1]!));
      const next = /<NextMarker>([^<]*)<\/NextMarker>/.exec(body)?.[1];
      if (!body.includes('<IsTruncated>true</IsTruncated>')) break;
      expect(next).toBe(entries.at(-1));
      marker = next!;
    }
    expect(entries).toEqual(['a/', 'b.jpg']);
  });

  it('keys are listed in UTF-8 byte order, as S3 lists them', async () => {
    for (const key of ['k😀', 'kＡ', 'kA']) mock.putObject('photos', key, 'x');
    const { body } = await raw('GET', '/photos?list-type=2');
    expect([...body.matchAll(/<Key>([^<]+)<\/Key>/g)].map((m) => m[1])).toEqual(['kA', 'kＡ', 'k😀']);
  });
});

describe('XML documents', () => {
  it('CompleteMultipartUpload reads 1 MiB of unclosed tags in linear time (512 KiB took 20 s)', async () => {
    const { UploadId } = await awsClient(mock).send(new CreateMultipartUploadCommand({ Bucket: 'photos', Key: 'k' }));
    const body = '<PartNumber>'.repeat(Math.floor((1024 * 1024) / 12));
    const answer = await raw('POST', `/photos/k?uploadId=${UploadId}`, body);
    expect(answer.status).toBe(400);
    expect(answer.ms).toBeLessThan(1000);
  });

  it('a document above 2 MiB is BadRequest, and an entity that is no character too (it was a 500)', async () => {
    const { UploadId } = await awsClient(mock).send(new CreateMultipartUploadCommand({ Bucket: 'photos', Key: 'k' }));
    const big = await raw('POST', `/photos/k?uploadId=${UploadId}`, Buffer.alloc(3 * 1024 * 1024, 32));
    expect([big.status, codeOf(big.body)]).toEqual([400, 'BadRequest']);
    const entity =
      '<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>&#99999999;</ETag></Part></CompleteMultipartUpload>';
    const bad = await raw('POST', `/photos/k?uploadId=${UploadId}`, entity);
    expect([bad.status, codeOf(bad.body)]).toEqual([400, 'BadRequest']);
  });
});

describe('rules', () => {
  it('a key glob is matched in linear time (84 characters took 10-27 s)', async () => {
    mock.use({ key: { glob: '*a*a*a*a*a*a*.jpg' }, answer: { code: 'AccessDenied' } });
    mock.use({ key: { glob: '**/**/**/**/**/**/x' }, answer: { code: 'AccessDenied' } });
    const started = performance.now();
    expect((await raw('GET', `/photos/${'a'.repeat(1000)}`)).status).toBe(404);
    expect((await raw('GET', `/photos/${'a/'.repeat(500)}y`)).status).toBe(404);
    expect((await raw('GET', `/photos/${'a'.repeat(1000)}.jpg`)).status).toBe(403);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a header pattern with the g flag matches every request, not every other one', async () => {
    mock.use({ headers: { 'x-tenant': /blue/g }, answer: { code: 'AccessDenied' } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await raw('GET', '/photos/k', '', { 'x-tenant': 'blue' })).status);
    expect(statuses).toEqual([403, 403, 403, 403]);
  });

  it('a copy source that is not valid percent-encoding is InvalidArgument, not a 500', async () => {
    const answer = await raw('PUT', '/photos/copy', '', { 'x-amz-copy-source': '/photos/%E0%A4%A' });
    expect([answer.status, codeOf(answer.body)]).toEqual([400, 'InvalidArgument']);
  });

  it('delayMs beyond a timer (2³¹ ms) or Infinity is refused, from the API and from JSON', () => {
    for (const delayMs of [2 ** 31, Number.POSITIVE_INFINITY, -1, 1.5]) {
      expect(() => mock.use({ answer: { delayMs } }), String(delayMs)).toThrow(
        /delayMs: an integer from 0 to 2147483647/,
      );
      expect(() => parseMockRules([{ answer: { delayMs } }]), String(delayMs)).toThrow(/delayMs/);
    }
    expect(() => mock.use({ answer: { delayMs: 2 ** 31 - 1 } })).not.toThrow();
  });

  it('the API refuses rules that could never or always fire, as parseMockRules does', () => {
    const bad: MockRule[] = [
      { probability: Number.NaN, answer: {} },
      { probability: 2, answer: {} },
      { call: { every: 0 }, answer: {} },
      { call: { nth: 1.5 }, answer: {} },
      { call: { first: -1 }, answer: {} },
    ];
    for (const rule of bad) {
      expect(() => mock.use(rule), JSON.stringify(rule)).toThrow(/rules\[\d+\]\.(probability|call)/);
      expect(() => parseMockRules([rule]), JSON.stringify(rule)).toThrow(/rules\[0\]\.(probability|call)/);
    }
  });

  it('close() ends a pending delayMs: the process exits at once (it waited for the timer)', async () => {
    const fixture = fileURLToPath(new URL('./fixtures/close-pending-delay.mjs', import.meta.url));
    const started = performance.now();
    await promisify(execFile)(process.execPath, ['--test', fixture], { timeout: 15_000 });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('arrival', () => {
  it('a request is numbered when it arrives, not when its body ends; a client that gives up is no bug', async () => {
    const unexpected: unknown[] = [];
    const own = await startJssMock({ buckets: ['photos'], onUnexpectedError: (e) => unexpected.push(e) });
    try {
      const slow = request(`${own.url}/photos/slow`, { method: 'PUT', headers: { 'content-length': '2' } });
      const done = new Promise((resolve) => slow.on('response', (res) => res.resume().on('end', resolve)));
      slow.write('a');
      await new Promise((resolve) => setTimeout(resolve, 100)); // the PUT's headers have arrived
      await fetch(`${own.url}/photos/fast`).then((r) => r.arrayBuffer());
      slow.end('b');
      await done;
      expect(own.requests.map((r) => [r.key, r.seq])).toEqual([
        ['fast', 2],
        ['slow', 1],
      ]);
      const aborted = request(`${own.url}/photos/gone`, { method: 'PUT', headers: { 'content-length': '100' } });
      aborted.on('error', () => {});
      aborted.write('x'.repeat(10));
      await new Promise((resolve) => setTimeout(resolve, 100));
      aborted.destroy();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unexpected).toEqual([]);
    } finally {
      await own.close();
    }
  });
});

describe('the request log', () => {
  it('keeps a bounded copy of each body and its whole size (it pinned every body)', async () => {
    await raw('PUT', '/photos/big', Buffer.alloc(100_000, 7));
    const entry = mock.requests.at(-1)!;
    expect(entry.bodyBytes).toBe(100_000);
    expect(entry.body.length).toBe(16 * 1024);
    expect(entry.body.buffer.byteLength).toBeLessThan(100_000);
    const tiny = await startJssMock({ buckets: ['photos'], maxLoggedBodyBytes: 4 });
    try {
      await fetch(`${tiny.url}/photos/k`, { method: 'PUT', body: 'abcdefgh' });
      expect(tiny.requests[0]!.body.toString()).toBe('abcd');
      expect(tiny.objectBody('photos', 'k')?.toString()).toBe('abcdefgh');
    } finally {
      await tiny.close();
    }
  });

  it('keeps at most 10% more than maxLoggedRequests entries', async () => {
    const small = await startJssMock({ buckets: ['photos'], maxLoggedRequests: 10 });
    try {
      for (let i = 0; i < 40; i++) await fetch(`${small.url}/photos/k${i}`).then((r) => r.arrayBuffer());
      expect(small.requests.length).toBeGreaterThanOrEqual(10);
      expect(small.requests.length).toBeLessThanOrEqual(11);
      expect(small.requests.at(-1)!.key).toBe('k39');
    } finally {
      await small.close();
    }
  });
});
