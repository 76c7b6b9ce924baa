// Measures, for every catalog code, what the real S3 clients do with the response this package
// sends: how the AWS SDK classifies it and how often it tries (maxAttempts 3), and how often
// minio tries with its default retry settings. Shared by `retry-table.mjs` (writes the README
// table) and test/retry-table.integration.test.ts (checks the README still matches).
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { errorInfo, jssErrorCodes } from '@jss/error-codes';
import { createJssError } from '@jss/errors';
import { toErrorResponse } from '@jss/errors-server';
import { writeErrorResponse } from '@jss/errors-server/node';
import { ConfiguredRetryStrategy, isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry';
import * as Minio from 'minio';
import { createServer } from 'node:http';

const BUCKET = 'retry';
const CREDENTIALS = { accessKeyId: 'AKIDRETRYPROBE', secretAccessKey: 'retry-probe-secret' };
const CONCURRENCY = 8;

/**
 * @typedef {object} RetryRow
 * @property {string} code
 * @property {number} status
 * @property {string} catalog      what the catalog says: retryable, throttling, Retry-After
 * @property {string} awsSees      the AWS SDK's own classification of the error
 * @property {number} awsAttempts  requests the server received from the AWS SDK
 * @property {string} awsWaits     what the AWS SDK waited for between attempts
 * @property {number} minioAttempts requests the server received from minio
 * @property {string} minioReports the code minio reports, or its error message
 */

/** @returns {Promise<RetryRow[]>} one row per code, in catalog order */
export async function probeRetries() {
  /** @type {Map<string, number>} */
  const hits = new Map();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const code = /** @type {import('@jss/error-codes').JssErrorCodeName} */ (path.split('/')[3]);
    writeErrorResponse(
      res,
      toErrorResponse(createJssError(code), { method: req.method, accept: req.headers.accept, resource: path }),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  // minio logs each retry with console.warn; the count is what matters here.
  const warn = console.warn;
  console.warn = () => {};
  try {
    /** @type {RetryRow[]} */
    const rows = [];
    const queue = [...jssErrorCodes];
    const worker = async () => {
      for (let code = queue.shift(); code !== undefined; code = queue.shift())
        rows.push(await probeCode(code, port, hits));
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return rows.sort(
      (a, b) =>
        jssErrorCodes.indexOf(/** @type {never} */ (a.code)) - jssErrorCodes.indexOf(/** @type {never} */ (b.code)),
    );
  } finally {
    console.warn = warn;
    server.closeAllConnections();
    server.close();
  }
}

/**
 * @param {import('@jss/error-codes').JssErrorCodeName} code
 * @param {number} port
 * @param {Map<string, number>} hits
 * @returns {Promise<RetryRow>}
 */
async function probeCode(code, port, hits) {
  const info = errorInfo[code];
  const retryAfter = 'retryAfter' in info ? info.retryAfter : undefined;

  // A fresh client per code: the retry strategy's token bucket is shared by one client's calls.
  const aws = new S3Client({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: CREDENTIALS,
    maxAttempts: 3,
    retryStrategy: new ConfiguredRetryStrategy(3, () => 10),
  });
  const awsError = await aws.send(new GetObjectCommand({ Bucket: BUCKET, Key: `aws/${code}` })).then(
    () => {
      throw new Error(`GET ${code} succeeded`);
    },
    (/** @type {any} */ e) => e,
  );
  aws.destroy();
  const awsAttempts = hits.get(`/${BUCKET}/aws/${code}`) ?? 0;
  const waited = awsError.$metadata?.totalRetryDelay ?? 0;

  const minio = new Minio.Client({
    endPoint: '127.0.0.1',
    port,
    useSSL: false,
    accessKey: CREDENTIALS.accessKeyId,
    secretKey: CREDENTIALS.secretAccessKey,
    pathStyle: true,
    region: 'us-east-1',
  });
  const minioError = await minio.getObject(BUCKET, `minio/${code}`).then(
    () => {
      throw new Error(`GET ${code} succeeded`);
    },
    (/** @type {any} */ e) => e,
  );

  return {
    code,
    status: info.httpStatus,
    catalog:
      [
        info.retryable ? 'retryable' : '',
        info.throttling ? 'throttling' : '',
        retryAfter === undefined ? '' : `Retry-After ${retryAfter} s`,
      ]
        .filter(Boolean)
        .join(', ') || '—',
    awsSees: isThrottlingError(awsError)
      ? 'throttling'
      : isTransientError(awsError)
        ? 'transient'
        : isServerError(awsError)
          ? 'server error'
          : 'client error',
    awsAttempts,
    awsWaits:
      awsAttempts < 2
        ? '—'
        : retryAfter !== undefined && waited >= (awsAttempts - 1) * retryAfter * 1000 - 50
          ? 'Retry-After'
          : 'its backoff',
    minioAttempts: hits.get(`/${BUCKET}/minio/${code}`) ?? 0,
    minioReports: minioError.code === code ? 'the code' : `\`${minioError.message}\``,
  };
}

export const TABLE_BEGIN =
  '<!-- retry-table:begin (generated by `pnpm --filter @jss/errors-server retry-table`; checked by test/retry-table.integration.test.ts) -->';
export const TABLE_END = '<!-- retry-table:end -->';

/**
 * Codes with the same status and the same behaviour share a row.
 * @param {readonly RetryRow[]} rows
 * @returns {string}
 */
export function renderRetryTable(rows) {
  /** @type {Map<string, { codes: string[], row: RetryRow }>} */
  const groups = new Map();
  for (const row of rows) {
    const key = JSON.stringify({ ...row, code: undefined });
    const group = groups.get(key);
    if (group) group.codes.push(row.code);
    else groups.set(key, { codes: [row.code], row });
  }
  const header = [
    '| Codes | HTTP | Catalog | AWS SDK sees | AWS SDK requests (maxAttempts 3) | AWS SDK waits | minio requests (defaults) | minio reports |',
    '|---|---|---|---|---|---|---|---|',
  ];
  // By status, then catalog order: the retried 400s sit next to the other 400s.
  const ordered = [...groups.values()].sort((a, b) => a.row.status - b.row.status);
  const lines = ordered.map(
    ({ codes, row }) =>
      `| ${codes.map((c) => `\`${c}\``).join(', ')} | ${row.status} | ${row.catalog} | ${row.awsSees} | ${row.awsAttempts} | ${row.awsWaits} | ${row.minioAttempts} | ${row.minioReports} |`,
  );
  return [...header, ...lines].join('\n');
}

/**
 * The README with its table section replaced.
 * @param {string} readme
 * @param {string} table
 */
export function withRetryTable(readme, table) {
  const begin = readme.indexOf(TABLE_BEGIN);
  const end = readme.indexOf(TABLE_END);
  if (begin === -1 || end < begin)
    throw new Error(`README.md has no retry table section (${TABLE_BEGIN} … ${TABLE_END})`);
  return `${readme.slice(0, begin + TABLE_BEGIN.length)}\n${table}\n${readme.slice(end)}`;
}

/**
 * The table section as it is in the README.
 * @param {string} readme
 */
export function retryTableOf(readme) {
  const begin = readme.indexOf(TABLE_BEGIN);
  const end = readme.indexOf(TABLE_END);
  return begin === -1 || end < begin ? undefined : readme.slice(begin + TABLE_BEGIN.length, end).trim();
}
