// Measures, per catalog code, what each client does on its own and with @jss/errors, against a
// real @jss/errors-server on 127.0.0.1 (GetObject). Run directly it prints the Markdown table;
// with --write it replaces the table in README.md between the client-table markers. A test
// (test/clients/client-table.integration.test.ts) measures again and compares with the README.
//   pnpm --filter @jss/errors build && node scripts/client-table.mjs --write
import { once } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { jssErrorCodes, errorInfo } from '@jss/error-codes';
import { createJssError, errorClasses, isJssError, UnknownJssError, withJssRetries } from '@jss/errors';
import { jssErrors, jssRetryStrategy } from '@jss/errors/aws-sdk';
import { withJssErrors } from '@jss/errors/minio';
import { Client } from 'minio';

const { toErrorResponse } = await import(new URL('../../errors-server/dist/index.js', import.meta.url).href);

/**
 * The JSS class an error is an instance of. minio's error keeps its own class (S3Error) and
 * carries the JSS view, so the class is found through `instanceof`, which reads the JSS code.
 */
function jssClassOf(error) {
  if (!isJssError(error)) return error?.constructor.name;
  if (error instanceof UnknownJssError) return 'UnknownJssError';
  return Object.values(errorClasses).find((ErrorClass) => error instanceof ErrorClass)?.name;
}

/** Measures every catalog code with both clients, bare and with @jss/errors: the README section. */
export async function measureClientTable() {
  let code;
  let requests = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      requests++;
      const response = toErrorResponse(createJssError(code), { method: req.method, resource: req.url });
      res.writeHead(response.status, response.headers);
      res.end(response.body ?? undefined);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();

  const retries = { maxAttempts: 3, delayScale: 0.001 };
  const s3 = (plugin) => {
    const client = new S3Client({
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      forcePathStyle: true,
      maxAttempts: 3,
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
      ...(plugin ? { extensions: [jssRetryStrategy(retries)] } : {}),
    });
    if (plugin) client.middlewareStack.use(jssErrors());
    return client;
  };
  const minioOptions = {
    endPoint: '127.0.0.1',
    port,
    useSSL: false,
    pathStyle: true,
    region: 'us-east-1',
    accessKey: 'AKIDTEST',
    secretKey: 'secret',
  };
  const bareAws = s3(false);
  const jssAws = s3(true);
  const bareMinio = new Client({
    ...minioOptions,
    retryOptions: { maximumRetryCount: 2, baseDelayMs: 1, maximumDelayMs: 5 },
  });
  const jssMinio = withJssErrors(new Client({ ...minioOptions, retryOptions: { disableRetry: true } }));

  /** Runs one call; returns what was thrown and how many requests the server saw. */
  async function measure(call) {
    requests = 0;
    try {
      await call();
      return { seen: 'no error', requests };
    } catch (error) {
      return { error, requests };
    }
  }

  const short = (text) => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 40);
  const originalWarn = console.warn;
  console.warn = () => {}; // minio logs each retry
  const rows = [];
  for (code of jssErrorCodes) {
    const aws = await measure(() => bareAws.send(new GetObjectCommand({ Bucket: 'photos', Key: 'a.jpg' })));
    const awsJss = await measure(() => jssAws.send(new GetObjectCommand({ Bucket: 'photos', Key: 'a.jpg' })));
    const minio = await measure(() => bareMinio.getObject('photos', 'a.jpg'));
    const minioJss = await measure(() => withJssRetries(() => jssMinio.getObject('photos', 'a.jpg'), retries));
    const info = errorInfo[code];
    rows.push(
      `| ${code} | ${info.httpStatus} | ${info.retryable ? (info.throttling ? 'throttling' : 'yes') : 'no'} ` +
        `| \`${short(aws.error?.name)}\` ×${aws.requests} | \`${short(awsJss.error?.name)}\` / \`${awsJss.error?.code}\` ×${awsJss.requests} ` +
        `| \`${short(minio.error?.code || minio.error?.message)}\` ×${minio.requests} ` +
        `| \`${jssClassOf(minioJss.error)}\` ×${minioJss.requests} |`,
    );
  }
  console.warn = originalWarn;
  server.close();

  const table = [
    '| Code | Status | Catalog retryable | AWS SDK alone: `name` × requests | with jssErrors + jssRetryStrategy: `name` / `code` × requests | minio alone: `code` × requests | with withJssErrors + withJssRetries |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  const note = `GetObject, maxAttempts 3 everywhere (minio's own retries: maximumRetryCount 2). Measured by \`node scripts/client-table.mjs\`.`;
  return `${note}\n\n${table}`;
}

const START = '<!-- client-table:start -->';
const END = '<!-- client-table:end -->';

/** The measured section of the README, between the markers. */
export function clientTableOf(readme) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from === -1 || to === -1) throw new Error(`README.md has no ${START} … ${END} markers`);
  return readme.slice(from + START.length, to).trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const section = await measureClientTable();
  console.log(section);
  if (process.argv.includes('--write')) {
    const readme = new URL('../README.md', import.meta.url);
    const text = await readFile(readme, 'utf8');
    const from = text.indexOf(START) + START.length;
    await writeFile(readme, `${text.slice(0, from)}\n${section}\n${text.slice(text.indexOf(END))}`);
  }
}
