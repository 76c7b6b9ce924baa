import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorInfo } from '@jss/error-codes';
import { type JssMock, startJssMock } from '@jss/errors-testing';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** What `probe` writes, as far as these tests read it. */
interface Report {
  probe: number;
  observations: {
    case: string;
    operation: string;
    expected: string | null;
    status: number;
    code?: string;
    message?: string;
    elements: Record<string, string>;
  }[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jss-probe-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function probe(endpoint: string, keys: Record<string, string>, extra: string[] = []) {
  const out = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const run = await runCli(['probe', '--endpoint', endpoint, '--out', out, ...extra], { env: keys });
  expect(run.status, run.stderr).toBe(0);
  return { run, report: JSON.parse(readFileSync(out, 'utf8')) as Report, file: out };
}

describe('jss-errors probe against the stand-in', () => {
  let mock: JssMock;
  beforeAll(async () => {
    mock = await startJssMock();
  });
  afterAll(() => mock.close());

  it('records every case, and the stand-in speaks the catalog wherever it answers an error', async () => {
    const { report, run, file } = await probe(mock.url, { AWS_ACCESS_KEY_ID: 'AK', AWS_SECRET_ACCESS_KEY: 'SK' });
    const cases = report.observations.map((o) => o.case);
    expect(new Set(cases).size).toBe(cases.length);
    expect(cases).toContain('no-such-key-get');
    for (const o of report.observations) {
      if (o.code === undefined) continue;
      const info = (
        errorInfo as unknown as Record<
          string,
          { message: string; variants: Record<string, string>; statuses: readonly number[] }
        >
      )[o.code];
      expect(info, `${o.case}: ${o.code} is a catalog code`).toBeDefined();
      expect([info!.message, ...Object.values(info!.variants)], o.case).toContain(o.message);
      expect(info!.statuses, o.case).toContain(o.status);
    }
    expect(report.observations.find((o) => o.case === 'no-such-key-get')).toMatchObject({
      code: 'NoSuchKey',
      status: 404,
    });
    // The summary on stderr is the same comparison `--compare` makes of the file.
    const compared = await runCli(['probe', '--compare', file]);
    expect(run.stderr).toContain(compared.stdout.split('\n')[0]!);
  });

  it('records what the stand-in does with the SDK checksum headers and If-None-Match on PutObject', async () => {
    const keys = { AWS_ACCESS_KEY_ID: 'AK', AWS_SECRET_ACCESS_KEY: 'SK' };
    const answers = (report: Report) =>
      Object.fromEntries(
        report.observations
          .filter((o) => ['checksum-crc32', 'if-none-match-any', 'if-none-match-etag'].includes(o.case))
          .map((o) => [o.case, [o.expected, o.status, o.code]]),
      );
    // S3's answers: the checksum accepted, `*` over an existing key 412, an ETag not implemented.
    expect(answers((await probe(mock.url, keys)).report)).toEqual({
      'checksum-crc32': [null, 200, undefined],
      'if-none-match-any': [null, 412, 'PreconditionFailed'],
      'if-none-match-etag': [null, 501, 'NotImplemented'],
    });
    // A stand-in told to refuse the checksum headers is recorded refusing them.
    const refusing = await startJssMock({ checksumHeaders: 'InvalidArgument' });
    const { report } = await probe(refusing.url, keys).finally(() => refusing.close());
    expect(answers(report)['checksum-crc32']).toEqual([null, 400, 'InvalidArgument']);
  });

  it('removes the bucket it made', async () => {
    await probe(mock.url, { AWS_ACCESS_KEY_ID: 'AK', AWS_SECRET_ACCESS_KEY: 'SK' });
    const listing = await fetch(`${mock.url}/`);
    const body = await listing.text();
    expect(body).toContain('<ListAllMyBucketsResult');
    expect(body).not.toMatch(/<Name>jss-probe-/);
  });
});

describe('jss-errors probe against another S3 implementation (s3rver)', () => {
  let server: S3rver;
  let endpoint: string;
  let storage: string;
  beforeAll(async () => {
    storage = mkdtempSync(join(tmpdir(), 's3rver-'));
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: storage });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await server.close();
    rmSync(storage, { recursive: true, force: true });
  });
  const keys = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };

  it('is signed as the server expects, and reports where that server differs from JSS', async () => {
    const { report, file } = await probe(endpoint, keys, ['--region', 'us-east-1']);
    expect(report.observations.find((o) => o.case === 'no-such-key-get')).toMatchObject({
      code: 'NoSuchKey',
      status: 404,
    });
    // s3rver reads the keys: an unknown one is refused, with the element S3 adds.
    const unknownKey = report.observations.find((o) => o.case === 'invalid-access-key-id');
    expect(unknownKey).toMatchObject({ code: 'InvalidAccessKeyId', status: 403 });
    expect(unknownKey?.elements.AWSAccessKeyId).toBeDefined();
    const compared = await runCli(['probe', '--compare', file, '--json']);
    expect(compared.status).toBe(1);
    const findings = JSON.parse(compared.stdout) as { case: string; kind: string }[];
    // s3rver sends AWS's texts, not JSS's: the comparison sees it.
    expect(findings.some((f) => f.kind === 'message')).toBe(true);
    expect(readdirSync(storage).filter((name) => name.startsWith('jss-probe-'))).toEqual([]);
  });

  it('keeps a bucket it was given, removes only its own objects, and never deletes the bucket', async () => {
    // s3rver takes anonymous requests: the bucket is made without the probe.
    expect((await fetch(`${endpoint}/kept-bucket`, { method: 'PUT' })).status).toBe(200);
    const { report } = await probe(endpoint, keys, ['--region', 'us-east-1', '--bucket', 'kept-bucket']);
    expect(report.observations.map((o) => o.case)).not.toContain('bucket-not-empty');
    const listing = await fetch(`${endpoint}/kept-bucket`);
    expect(listing.status).toBe(200);
    expect(await listing.text()).not.toContain('<Key>jss-probe/');
  });
});

describe('the committed reports of the stand-in and s3rver (test/fixtures/probe-*.json)', () => {
  const fixtures = join(import.meta.dirname, 'fixtures');
  const repo = join(import.meta.dirname, '..', '..', '..');

  it.each(['probe-stand-in.json', 'probe-s3rver.json'])(
    '%s: `generate --observations` warns of exactly the differences `probe --compare` finds',
    async (name) => {
      const compared = await runCli(['probe', '--compare', join(fixtures, name), '--json']);
      const findings = (JSON.parse(compared.stdout) as { case: string; kind: string; text: string }[])
        .filter((f) => f.kind !== 'note')
        .map((f) => `${f.case} differs from the catalog (${f.kind}): ${f.text}`);
      const folder = mkdtempSync(join(tmpdir(), 'jss-observations-'));
      writeFileSync(join(folder, name), readFileSync(join(fixtures, name)));
      const generate = spawnSync(
        process.execPath,
        [join(repo, 'generators', 'dist', 'cli.js'), '--check', '--observations', folder],
        { cwd: repo, encoding: 'utf8' },
      );
      rmSync(folder, { recursive: true, force: true });
      const warned = generate.stderr
        .split('\n')
        .filter((line) => line.includes(`${name}:`))
        .map((line) => line.slice(line.indexOf(': warning: ') + ': warning: '.length));
      expect(findings.length).toBeGreaterThan(0);
      expect(warned).toEqual(findings);
    },
  );
});

/** What a GET answered as the catalog says for `code`; `answer` changes or drops (undefined) a part. */
function observation(code: string, answer: Record<string, unknown> = {}) {
  const info = errorInfo[code as keyof typeof errorInfo];
  const answered = {
    case: code,
    operation: 'GetObject',
    expected: code,
    method: 'GET',
    status: info.httpStatus,
    headers: {},
    code,
    message: info.message,
    elements: {},
    bodyStart: '',
    ...answer,
  };
  return Object.fromEntries(Object.entries(answered).filter(([, value]) => value !== undefined));
}

describe('jss-errors probe --compare', () => {
  it('finds no difference in a report that says what the catalog says', async () => {
    const observations = Object.keys(errorInfo).map((code) => observation(code));
    const file = join(dir, 'catalog.json');
    writeFileSync(file, JSON.stringify({ probe: 1, endpoint: 'http://x', date: '', observations }));
    const run = await runCli(['probe', '--compare', file]);
    expect(run.stdout).toMatch(/^No difference/);
    expect(run.status).toBe(0);
  });

  it('reports each kind of difference and exits 1', async () => {
    const [code, info] = Object.entries(errorInfo)[0]!;
    const observations = [
      observation(code, { case: 'other-message', message: `${info.message} (changed)` }),
      observation(code, { case: 'unknown', status: 400, code: 'NoSuchThingAtAll', message: 'x' }),
      observation(code, { case: 'not-an-error', status: 200, code: undefined, message: undefined }),
      observation(code, { case: 'extra-element', elements: { NoCatalogDeclaresThis: 'x' } }),
      observation(code, { case: 'status', status: 599 }),
    ];
    const file = join(dir, 'diff.json');
    writeFileSync(file, JSON.stringify({ probe: 1, endpoint: 'http://x', date: '', observations }));
    const run = await runCli(['probe', '--compare', file, '--json']);
    expect(run.status).toBe(1);
    const kinds = Object.fromEntries(
      (JSON.parse(run.stdout) as { case: string; kind: string }[])
        .filter((f) => f.kind !== 'note')
        .map((f) => [f.case, f.kind]),
    );
    expect(kinds).toEqual({
      'other-message': 'message',
      unknown: 'unknown-code',
      'not-an-error': 'no-error',
      status: 'status',
      'extra-element': 'element',
    });
  });

  it('refuses what is not a probe report, and a probe without credentials', async () => {
    const file = join(dir, 'not-a-report.json');
    writeFileSync(file, '{"hello":1}');
    expect((await runCli(['probe', '--compare', file])).status).toBe(2);
    expect((await runCli(['probe', '--compare', join(dir, 'missing.json')])).status).toBe(2);
    const bare = await runCli(['probe', '--endpoint', 'http://127.0.0.1:9'], { env: {} });
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('AWS_ACCESS_KEY_ID');
    expect(existsSync(file)).toBe(true);
  });

  it('ends with one line and exit 1 when the endpoint cannot be reached or refuses the set-up', async () => {
    const keys = { AWS_ACCESS_KEY_ID: 'AK', AWS_SECRET_ACCESS_KEY: 'SK' };
    const unused = createServer();
    await new Promise<void>((done) => unused.listen(0, '127.0.0.1', done));
    const closedPort = (unused.address() as AddressInfo).port;
    await new Promise((done) => unused.close(done));
    const closed = await runCli(['probe', '--endpoint', `http://127.0.0.1:${closedPort}`], { env: keys });
    expect(closed.status).toBe(1);
    expect(closed.stderr).toMatch(/^jss-errors probe: set-up CreateBucket failed: .*ECONNREFUSED/);
    expect(closed.stderr.trim().split('\n')).toHaveLength(1);
    const refusing = createServer((_req, res) => {
      res.writeHead(403, { 'content-type': 'application/xml' });
      res.end('<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>');
    });
    await new Promise<void>((done) => refusing.listen(0, '127.0.0.1', done));
    try {
      const { port } = refusing.address() as AddressInfo;
      const denied = await runCli(['probe', '--endpoint', `http://127.0.0.1:${port}`], { env: keys });
      expect(denied.status).toBe(1);
      expect(denied.stderr).toMatch(/^jss-errors probe: set-up CreateBucket answered 403 AccessDenied\n/);
      expect(denied.stderr).not.toMatch(/\n\s+at /);
    } finally {
      refusing.close();
    }
  });

  it('sends the report to stdout when --out cannot be written, and exits 1', async () => {
    const mock = await startJssMock();
    const run = await runCli(['probe', '--endpoint', mock.url, '--out', join(dir, 'no', 'such', 'dir.json')], {
      env: { AWS_ACCESS_KEY_ID: 'AK', AWS_SECRET_ACCESS_KEY: 'SK' },
    }).finally(() => mock.close());
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as Report).observations.length).toBeGreaterThan(0);
    expect(run.stderr).toContain('the report went to stdout');
  });
});
