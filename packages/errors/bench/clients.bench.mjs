// pnpm --filter @jss/errors bench: what the client adapters cost, as ratios against a baseline
// measured in this same run: converting a caught AWS SDK error, a failed GetObject on loopback
// with and without the plugin, and the bundle size the AWS adapter adds.
import { once } from 'node:events';
import { createServer } from 'node:http';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createJssError } from '@jss/errors';
import { fromAwsSdkError, jssErrors, jssRetryStrategy } from '@jss/errors/aws-sdk';
import { bundle } from './bundle.mjs';
import { compareSpeed, gzipSize, median, report, round } from '../../../scripts/bench/compare.mjs';

// @jss/errors-server depends on @jss/errors, so it is loaded from the workspace, built.
const { toErrorResponse } = await import(new URL('../../errors-server/dist/index.js', import.meta.url).href);

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const response = toErrorResponse(createJssError('NoSuchKey'), { method: req.method, resource: req.url });
    res.writeHead(response.status, response.headers);
    res.end(response.body ?? undefined);
  });
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const endpoint = `http://127.0.0.1:${server.address().port}`;

const client = (plugin, retries = false) => {
  const s3 = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    maxAttempts: 1,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
    // The extension wraps the SDK's strategy, which still asks it about every failure.
    extensions: retries ? [jssRetryStrategy()] : [],
  });
  if (plugin) s3.middlewareStack.use(jssErrors());
  return s3;
};
const bare = client(false);
const withPlugin = client(true);
const withBoth = client(true, true);
const input = { Bucket: 'photos', Key: 'a.jpg' };
const failOnce = (s3) => s3.send(new GetObjectCommand(input)).catch((error) => error);

const raw = await failOnce(bare);
const context = { input, commandName: 'GetObjectCommand' };
if (fromAwsSdkError(raw, context)?.code !== 'NoSuchKey') throw new Error('the bench server did not answer NoSuchKey');

report('@jss/errors/aws-sdk conversion (ratio = candidate / baseline; lower is better)', [
  compareSpeed('convert a caught SDK error', {
    baseline: ['new Error(message)', () => new Error(raw.message)],
    candidate: ['fromAwsSdkError(error, { input, commandName })', () => fromAwsSdkError(raw, context)],
    batch: 5_000,
    limit: 1.5,
  }),
  // The same typed error made directly, from the same facts; it captures a stack of its own.
  compareSpeed('vs createJssError (which captures a stack)', {
    baseline: [
      'createJssError(code, same options)',
      () =>
        createJssError('NoSuchKey', { key: 'a.jpg', requestId: raw.$metadata.requestId, httpStatus: 404, cause: raw }),
    ],
    candidate: ['fromAwsSdkError(error, { input, commandName })', () => fromAwsSdkError(raw, context)],
    batch: 5_000,
  }),
]);

/**
 * Time per failed GetObject, plugin vs bare, interleaved rounds so drift hits both. CPU time of
 * this process (client and server both live here), not wall time: on a shared machine the wall
 * clock mostly measures the other processes.
 */
async function perRequest(s3, count) {
  const start = process.cpuUsage();
  for (let i = 0; i < count; i++) await failOnce(s3);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / count / 1e3;
}
for (let i = 0; i < 3; i++) {
  await perRequest(bare, 100);
  await perRequest(withPlugin, 100);
  await perRequest(withBoth, 100);
}
const ratios = [];
const bothRatios = [];
const bareTimes = [];
const pluginTimes = [];
const bothTimes = [];
for (let round = 0; round < 21; round++) {
  const b = await perRequest(bare, 100);
  const p = await perRequest(withPlugin, 100);
  const r = await perRequest(withBoth, 100);
  bareTimes.push(b);
  pluginTimes.push(p);
  bothTimes.push(r);
  ratios.push(p / b);
  bothRatios.push(r / b);
}
report('failed GetObject on 127.0.0.1, CPU time per request (client and server)', [
  {
    name: 'with jssErrors() / without',
    baseline: `without: ${median(bareTimes).toFixed(3)} ms`,
    candidate: `with: ${median(pluginTimes).toFixed(3)} ms`,
    ratio: round(median(ratios)),
    limit: 1.05,
    pass: median(ratios) <= 1.05,
  },
  {
    name: 'with jssErrors() + extensions: [jssRetryStrategy()] / without',
    baseline: `without: ${median(bareTimes).toFixed(3)} ms`,
    candidate: `with: ${median(bothTimes).toFixed(3)} ms`,
    ratio: round(median(bothRatios)),
    limit: 1.05,
    pass: median(bothRatios) <= 1.05,
  },
]);
server.close();

const core = await bundle("import { parseJssErrorResponse } from '@jss/errors'; console.log(parseJssErrorResponse);");
const adapter = await bundle(
  "import { parseJssErrorResponse } from '@jss/errors';" +
    "import { jssErrors, fromAwsSdkError, jssRetryStrategy } from '@jss/errors/aws-sdk';" +
    'console.log(parseJssErrorResponse, jssErrors, fromAwsSdkError, jssRetryStrategy);',
);
const withDelete = await bundle(
  "import { parseJssErrorResponse } from '@jss/errors';" +
    "import { jssErrors, fromAwsSdkError, jssRetryStrategy, jssDeleteErrors } from '@jss/errors/aws-sdk';" +
    'console.log(parseJssErrorResponse, jssErrors, fromAwsSdkError, jssRetryStrategy, jssDeleteErrors);',
);
const root = await bundle("import * as errors from '@jss/errors'; console.log(errors);");
const added = gzipSize(adapter) - gzipSize(core);
report('@jss/errors/aws-sdk bundle size (esbuild, minified + gzip)', [
  { name: 'parseJssErrorResponse alone (baseline)', bytes: core.length, gzip: gzipSize(core) },
  { name: '+ jssErrors, fromAwsSdkError, jssRetryStrategy', bytes: adapter.length, gzip: gzipSize(adapter) },
  { name: 'added by the AWS adapter', gzip: added, limit: 3072, pass: added <= 3072 },
  { name: 'added by jssDeleteErrors on top', gzip: gzipSize(withDelete) - gzipSize(adapter) },
]);
// The root entry must not drag any adapter in: look for strings only adapters contain.
for (const marker of ['jssErrorsMiddleware', 'Retryable HTTP status', 'x-amz-retry-after']) {
  if (root.includes(marker)) {
    console.error(`import * from '@jss/errors' contains adapter code (${marker})`);
    process.exitCode = 1;
  }
}
if (/@aws-sdk|@smithy|minio/.test(adapter)) {
  console.error('the AWS adapter bundle pulls in an SDK package');
  process.exitCode = 1;
}
