// Load test on loopback: the Node adapter answering errors next to a bare handler writing a
// constant body of the same shape. Bounded: 1 s warm-up + 5 s, 10 connections, per server.
// Every response is checked (status, body via parseJssErrorResponse), then a sample of raw
// responses is checked header by header. Exits 1 if any response is malformed.
import { parseJssErrorResponse } from '@jss/errors';
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { request } from 'node:http';

const DURATION = 5;
const CONNECTIONS = 10;
const SAMPLE = 200;

/** @param {string} body */
function bodyIsRight(body) {
  const error = parseJssErrorResponse({ status: 404, body });
  return (
    error.code === 'NoSuchKey' &&
    error.message === 'The specified key does not exist.' &&
    /^[0-9A-F]{16}$/.test(error.requestId ?? '') &&
    error.resource === '/photos/cat.jpg'
  );
}

/** @param {'bare' | 'jss'} mode */
async function startServer(mode) {
  const child = fork(new URL('./load-server.mjs', import.meta.url), [mode], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise((resolve, reject) => {
    child.once('message', (/** @type {any} */ m) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/photos/cat.jpg`, stop: () => child.disconnect() };
}

/** A raw request: status, headers and body bytes, checked like a strict client would. */
function checkOne(/** @type {string} */ url) {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const body = bytes.toString('utf8');
        const error = parseJssErrorResponse({ status: res.statusCode ?? 0, headers: res.headers, body });
        resolve(
          res.statusCode === 404 &&
            res.headers['content-type'] === 'application/xml' &&
            Number(res.headers['content-length']) === bytes.length &&
            res.headers['x-amz-request-id'] === error.requestId &&
            bodyIsRight(body),
        );
      });
    })
      .on('error', reject)
      .end();
  });
}

/** @param {'bare' | 'jss'} mode */
async function measure(mode) {
  const server = await startServer(mode);
  try {
    const result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: DURATION,
      warmup: { connections: CONNECTIONS, duration: 1 },
      verifyBody: bodyIsRight,
    });
    const total = result.requests.total;
    const not404 = Object.entries(result.statusCodeStats ?? {}).reduce(
      (n, [status, s]) => n + (status === '404' ? 0 : s.count),
      0,
    );
    let sampleBad = 0;
    for (let i = 0; i < SAMPLE; i++) if (!(await checkOne(server.url))) sampleBad++;
    return {
      mode,
      reqPerSec: result.requests.average,
      p99: result.latency.p99,
      total,
      malformed: result.mismatches + not404 + result.errors + result.timeouts + sampleBad,
    };
  } finally {
    server.stop();
  }
}

const bare = await measure('bare');
const jss = await measure('jss');
const line = (/** @type {typeof bare} */ r) =>
  `  ${r.mode === 'bare' ? 'bare handler, constant body  ' : 'Node adapter, sendJssError() '}  ${Math.round(r.reqPerSec).toLocaleString('en').padStart(7)} req/s   p99 ${String(r.p99).padStart(3)} ms   ${r.total.toLocaleString('en')} responses + ${SAMPLE} sampled, ${r.malformed} malformed`;
process.stdout.write(
  `\nLoad test: 127.0.0.1, ${CONNECTIONS} connections, ${DURATION} s each (after 1 s warm-up)\n${line(bare)}\n${line(jss)}\n`,
);
process.stdout.write(
  `  ratio adapter / bare: req/s ${(jss.reqPerSec / bare.reqPerSec).toFixed(2)}, p99 ${(jss.p99 / Math.max(bare.p99, 1)).toFixed(2)}\n\n`,
);
if (bare.malformed + jss.malformed > 0) {
  process.stderr.write('Malformed responses were received.\n');
  process.exitCode = 1;
}
