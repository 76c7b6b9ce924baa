// node bench/fetch-body.bench.mjs: what a failed jssFetch costs as its error body grows, from 1 KB
// to 1 GB and a body that never ends: time to reject and the client's peak RSS, each as a ratio to
// the 1 KB case. The server runs here and streams the body (one reused 64 KiB chunk); each client
// runs in a child process, so its peak RSS is its own. Flat ratios mean the adapter reads a
// bounded prefix and cancels the rest.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';

/** Requests per client process; the median is kept (loopback timings on a shared machine are noisy). */
const CALLS = 7;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (process.argv[2] === 'client') {
  const { jssFetch } = await import(new URL('../dist/fetch.js', import.meta.url).href);
  // Warm up on a small error: the first fetch of a process loads undici and compiles the adapter;
  // that is not the body's cost.
  await jssFetch()(new URL('/1%20KB', process.argv[3])).catch(() => {});
  const times = [];
  let error;
  for (let i = 0; i < CALLS; i++) {
    const started = performance.now();
    error = await jssFetch()(process.argv[3]).catch((e) => e);
    times.push(performance.now() - started);
  }
  console.log(JSON.stringify({ ms: median(times), rssMb: process.resourceUsage().maxRSS / 1024, code: error.code }));
  process.exit(0);
}

const CHUNK = Buffer.alloc(64 * 1024, '<p>gateway error</p> ');
const SIZES = { '1 KB': 1024, '64 MB': 64 * 2 ** 20, '1 GB': 2 ** 30, endless: Number.POSITIVE_INFINITY };

const server = createServer((req, res) => {
  const size = SIZES[decodeURIComponent(req.url.slice(1))];
  res.writeHead(502, { 'content-type': 'text/html', ...(Number.isFinite(size) ? { 'content-length': size } : {}) });
  let sent = 0;
  const pump = () => {
    while (!res.destroyed && sent < size) {
      const part = size - sent >= CHUNK.length ? CHUNK : CHUNK.subarray(0, size - sent);
      sent += part.length;
      if (!res.write(part)) return res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  res.on('error', () => {});
  pump();
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const base = `http://127.0.0.1:${server.address().port}/`;

const RUNS = 3;
const rows = [];
for (const name of Object.keys(SIZES)) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    // An asynchronous spawn: spawnSync would block this process, and with it the server.
    runs.push(await client(base + encodeURIComponent(name)));
  }
  rows.push({ name, ms: median(runs.map((r) => r.ms)), rssMb: median(runs.map((r) => r.rssMb)), code: runs[0].code });
}
server.close();
const [small] = rows;
console.log(`jssFetch on a 502 error body (median of ${RUNS} client processes × ${CALLS} requests each)`);
console.log('| body | time | × 1 KB | peak RSS | × 1 KB | code |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.ms.toFixed(1)} ms | ${(r.ms / small.ms).toFixed(2)} | ${r.rssMb.toFixed(0)} MB | ${(r.rssMb / small.rssMb).toFixed(2)} | ${r.code} |`,
  );
}

function client(url) {
  return new Promise((resolve, reject) => {
    {
      const child = spawn(process.execPath, [new URL(import.meta.url).pathname, 'client', url], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      const timer = setTimeout(() => child.kill(), 120_000);
      child.stdout.on('data', (d) => {
        out += d;
      });
      child.on('close', (status) => {
        clearTimeout(timer);
        if (status === 0) resolve(JSON.parse(out));
        else reject(new Error(`the client for ${url} ended with ${status}: ${out}`));
      });
    }
  });
}
