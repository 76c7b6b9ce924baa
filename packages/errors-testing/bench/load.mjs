// Requests/s of the stand-in on loopback, next to the bare Node handler of the
// @jss/errors-server load test (its bench/load-server.mjs, forked as is), in the same run.
// Each server answers GET /photos/cat.jpg with 404 NoSuchKey: the bare one a constant body,
// the stand-in from its in-memory store, without rules and with 100 rules that do not match.
// 10 connections, 1 s warm-up + 5 s per server; every body is verified; exits 1 on a bad one.
import { fork } from 'node:child_process';
import { parseJssErrorResponse } from '@jss/errors';
import autocannon from 'autocannon';

const DURATION = 5;
const CONNECTIONS = 10;
const BARE = new URL('../../errors-server/bench/load-server.mjs', import.meta.url);
const MOCK = new URL('./mock-server.mjs', import.meta.url);

/** @param {string} body */
function bodyIsRight(body) {
  const error = parseJssErrorResponse({ status: 404, body });
  return (
    error.code === 'NoSuchKey' &&
    error.message === 'The specified key does not exist.' &&
    /^[0-9A-Z]{16}$/.test(error.requestId ?? '') &&
    error.resource === '/photos/cat.jpg'
  );
}

/** @param {URL} script @param {string} arg */
async function startServer(script, arg) {
  const child = fork(script, [arg], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise((resolve, reject) => {
    child.once('message', (/** @type {any} */ m) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`${script.pathname} exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/photos/cat.jpg`, stop: () => child.disconnect() };
}

/** @param {string} label @param {URL} script @param {string} arg */
async function measure(label, script, arg) {
  const server = await startServer(script, arg);
  try {
    const result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: DURATION,
      warmup: { connections: CONNECTIONS, duration: 1 },
      verifyBody: bodyIsRight,
    });
    const not404 = Object.entries(result.statusCodeStats ?? {}).reduce(
      (n, [status, s]) => n + (status === '404' ? 0 : s.count),
      0,
    );
    return {
      label,
      reqPerSec: result.requests.average,
      p99: result.latency.p99,
      total: result.requests.total,
      malformed: result.mismatches + not404 + result.errors + result.timeouts,
    };
  } finally {
    server.stop();
  }
}

const bare = await measure('bare handler, constant body', BARE, 'bare');
const plain = await measure('stand-in, no rules', MOCK, '0');
const ruled = await measure('stand-in, 100 rules', MOCK, '100');
const runs = [bare, plain, ruled];
const line = (/** @type {typeof bare} */ r) =>
  `  ${r.label.padEnd(28)} ${Math.round(r.reqPerSec).toLocaleString('en').padStart(7)} req/s   p99 ${String(r.p99).padStart(3)} ms   ${r.total.toLocaleString('en')} responses, ${r.malformed} malformed   ratio to bare ${(r.reqPerSec / bare.reqPerSec).toFixed(2)}`;
process.stdout.write(
  `\nStand-in load test: 127.0.0.1, ${CONNECTIONS} connections, ${DURATION} s each (after 1 s warm-up)\n${runs.map(line).join('\n')}\n\n`,
);
if (runs.some((r) => r.malformed > 0)) {
  process.stderr.write('Malformed responses were received.\n');
  process.exitCode = 1;
}
