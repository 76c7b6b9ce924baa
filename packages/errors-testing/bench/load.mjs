// Requests/s of the stand-in on loopback, next to the bare Node handler of the
// @jss/errors-server load test (its bench/load-server.mjs, forked as is), in the same run.
// Each server answers GET /photos/cat.jpg with 404 NoSuchKey: the bare one a constant body,
// the stand-in from its in-memory store, without rules and with 100 rules that do not match.
// The three servers run side by side and are measured in alternating rounds (10 connections,
// 1 s warm-up, then 3 rounds of 3 s each), and each figure is the median of its rounds: load from
// other work on a shared machine then hits all three alike. Every body is verified; exits 1 on a bad one.
import { fork } from 'node:child_process';
import { parseJssErrorResponse } from '@jss/errors';
import autocannon from 'autocannon';

const DURATION = 3;
const ROUNDS = 3;
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

/** One round against one server. @param {string} url @param {boolean} warm */
async function round(url, warm) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    ...(warm ? {} : { warmup: { connections: CONNECTIONS, duration: 1 } }),
    verifyBody: bodyIsRight,
  });
  const not404 = Object.entries(result.statusCodeStats ?? {}).reduce(
    (n, [status, s]) => n + (status === '404' ? 0 : s.count),
    0,
  );
  return {
    reqPerSec: result.requests.average,
    p99: result.latency.p99,
    total: result.requests.total,
    malformed: result.mismatches + not404 + result.errors + result.timeouts,
  };
}

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const servers = [
  { label: 'bare handler, constant body', ...(await startServer(BARE, 'bare')) },
  { label: 'stand-in, no rules', ...(await startServer(MOCK, '0')) },
  { label: 'stand-in, 100 rules', ...(await startServer(MOCK, '100')) },
];
/** @type {Awaited<ReturnType<typeof round>>[][]} */
const rounds = servers.map(() => []);
try {
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, server] of servers.entries()) rounds[i]?.push(await round(server.url, r > 0));
  }
} finally {
  for (const server of servers) server.stop();
}
const runs = servers.map((server, i) => {
  const mine = rounds[i] ?? [];
  return {
    label: server.label,
    reqPerSec: median(mine.map((m) => m.reqPerSec)),
    p99: median(mine.map((m) => m.p99)),
    total: mine.reduce((n, m) => n + m.total, 0),
    malformed: mine.reduce((n, m) => n + m.malformed, 0),
  };
});
const bare = /** @type {(typeof runs)[number]} */ (runs[0]);
const line = (/** @type {typeof bare} */ r) =>
  `  ${r.label.padEnd(28)} ${Math.round(r.reqPerSec).toLocaleString('en').padStart(7)} req/s   p99 ${String(r.p99).padStart(3)} ms   ${r.total.toLocaleString('en')} responses, ${r.malformed} malformed   ratio to bare ${(r.reqPerSec / bare.reqPerSec).toFixed(2)}`;
process.stdout.write(
  `\nStand-in load test: 127.0.0.1, ${CONNECTIONS} connections, median of ${ROUNDS} alternating rounds of ${DURATION} s\n${runs.map(line).join('\n')}\n\n`,
);
if (runs.some((r) => r.malformed > 0)) {
  process.stderr.write('Malformed responses were received.\n');
  process.exitCode = 1;
}
