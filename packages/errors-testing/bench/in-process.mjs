// Requests/s of the in-process stand-in (createInProcessJssMock: no port, no socket) next to the
// same stand-in on a port (startJssMock), in the same run and the same process, with the same
// client: Node's http.request through a keep-alive agent (the in-process one, or one to
// 127.0.0.1), and the AWS SDK's S3Client (jssRequestHandler, or its default handler). Each
// request is GET /photos/cat.jpg of a missing key: 404 NoSuchKey, every answer verified.
// 10 requests in flight; the two are measured in alternating rounds (1 s warm-up, then 3 rounds
// of 2 s) and each figure is the median of its rounds. Exits 1 on a wrong answer.
import { Agent, request } from 'node:http';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { parseJssErrorResponse } from '@jss/errors';
import { createInProcessJssMock, startJssMock } from '@jss/errors-testing';
import { jssRequestHandler } from '@jss/errors-testing/aws-sdk';

const IN_FLIGHT = 10;
const ROUND_MS = 2000;
const ROUNDS = 3;
const CREDENTIALS = { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' };

const memory = createInProcessJssMock({ buckets: ['photos'] });
const socket = await startJssMock({ buckets: ['photos'] });
const socketAgent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });

let wrong = 0;

/** One GET with Node's client; resolves when the whole answer is read and checked. @param {Agent} agent @param {string} url */
function httpGet(agent, url) {
  return new Promise((resolve, reject) => {
    const sent = request(`${url}/photos/cat.jpg`, { agent }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const error = parseJssErrorResponse({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() });
        if (res.statusCode !== 404 || error.code !== 'NoSuchKey') wrong++;
        resolve(undefined);
      });
      res.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** @param {S3Client} client */
async function sdkGet(client) {
  try {
    await client.send(new GetObjectCommand({ Bucket: 'photos', Key: 'cat.jpg' }));
    wrong++;
  } catch (error) {
    if (/** @type {any} */ (error).name !== 'NoSuchKey') wrong++;
  }
}

/** Requests completed in `ms` with IN_FLIGHT loops of `call`. @param {() => Promise<unknown>} call @param {number} ms */
async function rate(call, ms) {
  const end = performance.now() + ms;
  let done = 0;
  const loop = async () => {
    while (performance.now() < end) {
      await call();
      done++;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, loop));
  return done / ((performance.now() - start) / 1000);
}

const sdk = (/** @type {object} */ extra, /** @type {string} */ endpoint) =>
  new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    maxAttempts: 1,
    credentials: CREDENTIALS,
    ...extra,
  });

const pairs = [
  {
    client: 'http.request',
    memory: () => httpGet(memory.agent, memory.url),
    socket: () => httpGet(socketAgent, socket.url),
  },
  (() => {
    const inMemory = sdk({ requestHandler: jssRequestHandler(memory) }, memory.url);
    const overSocket = sdk({}, socket.url);
    return { client: 'S3Client GetObject', memory: () => sdkGet(inMemory), socket: () => sdkGet(overSocket) };
  })(),
];

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rows = [];
for (const pair of pairs) {
  await rate(pair.memory, 1000);
  await rate(pair.socket, 1000);
  const m = [];
  const s = [];
  for (let r = 0; r < ROUNDS; r++) {
    m.push(await rate(pair.memory, ROUND_MS));
    s.push(await rate(pair.socket, ROUND_MS));
    memory.reset();
    socket.reset();
  }
  rows.push({ client: pair.client, inProcess: median(m), socket: median(s) });
}
await memory.close();
await socket.close();
socketAgent.destroy();

console.log('| client | in-process req/s | socket req/s | ratio |');
console.log('|---|---|---|---|');
for (const row of rows)
  console.log(
    `| ${row.client} | ${Math.round(row.inProcess)} | ${Math.round(row.socket)} | ${(row.inProcess / row.socket).toFixed(2)} |`,
  );
if (wrong > 0) {
  console.error(`${wrong} answers were not 404 NoSuchKey`);
  process.exit(1);
}
