import { bodilessCodeFor, errorInfo, resolveJssErrorCode, type S3OperationName } from '@jss/error-codes';
import {
  crc32Base64,
  md5Base64,
  objectPath,
  type ProbeAnswer,
  type ProbeSession,
  randomBucketName,
} from './session.js';

/** One situation the probe provokes, and the code the catalog says JSS answers it with. */
export interface ProbeCase {
  readonly id: string;
  /** As the AWS SDK names the command. */
  readonly operation: S3OperationName;
  /** The catalog's code for the situation; null when the catalog has none for it. */
  readonly expected: string | null;
  readonly method: string;
  /** Sends the request (after any set-up of its own); the answer is what gets recorded. */
  run(session: ProbeSession): Promise<ProbeAnswer>;
  /** Only where the probe made the bucket itself (the case touches the bucket as a whole). */
  readonly needsOwnBucket?: boolean;
}

/** The object every read case reads: small, known bytes. */
export const SAMPLE_KEY = 'jss-probe/sample.txt';
export const SAMPLE_BODY = new TextEncoder().encode('jss-errors probe sample\n');
const MISSING_KEY = 'jss-probe/missing.txt';
const WRONG_KEYS = { accessKeyId: 'JSSPROBEUNKNOWNKEY00', secretAccessKey: 'jss-probe-wrong-secret' };
const text = (value: string) => new TextEncoder().encode(value);

/**
 * The catalog's code for what S3 calls `awsCode`: the entry that names it as its AWS counterpart
 * (KeyTooLongError → KeyTooLong), else the code itself when the catalog has it.
 */
export function catalogCodeFor(awsCode: string): string | null {
  for (const [code, info] of Object.entries(errorInfo)) {
    if ((info.aws as { code?: string } | null)?.code === awsCode) return code;
  }
  return resolveJssErrorCode(awsCode) ?? null;
}

const get = (id: string, expected: string | null, headers: Record<string, string>): ProbeCase => ({
  id,
  operation: 'GetObject',
  expected,
  method: 'GET',
  run: (s) => s.send({ method: 'GET', path: objectPath(s.bucket, SAMPLE_KEY), headers }),
});

/** A PUT whose object, should the endpoint store it after all, is removed at the end. */
const put = (
  id: string,
  expected: string | null,
  key: string,
  headers: Record<string, string>,
  body: Uint8Array,
): ProbeCase => ({
  id,
  operation: 'PutObject',
  expected,
  method: 'PUT',
  async run(s: ProbeSession) {
    const answer = await s.send({ method: 'PUT', path: objectPath(s.bucket, key), headers, body });
    if (answer.status < 300) s.createdKeys.add(key);
    return answer;
  },
});

/**
 * A PutObject with `If-None-Match` over an object the case writes first. The catalog gives no
 * code for it (an unverified cause of InvalidArgument and NotImplemented): the answer settles
 * whether JSS refuses the header, applies it (S3: `*` → 412, an ETag → 501) or ignores it (200).
 */
const putIfNoneMatch = (id: string, value: (etag: string) => string): ProbeCase => ({
  id,
  operation: 'PutObject',
  expected: null,
  method: 'PUT',
  async run(s) {
    const key = `jss-probe/${id}.txt`;
    const path = objectPath(s.bucket, key);
    const first = await s.send({ method: 'PUT', path, body: text('first') });
    if (first.status >= 300)
      throw new Error(`PutObject of ${key} answered ${first.status}: ${first.body.slice(0, 200)}`);
    s.createdKeys.add(key);
    const etag = first.headers.get('etag') ?? '';
    return s.send({ method: 'PUT', path, headers: { 'if-none-match': value(etag) }, body: text('second') });
  },
});

/** Starts a multipart upload of `key` and uploads `parts` (part number → bytes); the upload is aborted at the end. */
async function startUpload(s: ProbeSession, key: string, parts: Record<number, Uint8Array>) {
  const created = await s.send({ method: 'POST', path: objectPath(s.bucket, key), query: { uploads: '' } });
  const uploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(created.body)?.[1];
  if (uploadId === undefined)
    throw new Error(`CreateMultipartUpload answered ${created.status}: ${created.body.slice(0, 200)}`);
  s.openUploads.set(key, uploadId);
  const etags: Record<number, string> = {};
  for (const [number, body] of Object.entries(parts)) {
    const part = await s.send({
      method: 'PUT',
      path: objectPath(s.bucket, key),
      query: { partNumber: number, uploadId },
      body,
    });
    etags[Number(number)] = part.headers.get('etag') ?? '';
  }
  return { uploadId, etags };
}

function completeXml(parts: readonly (readonly [number, string])[]): Uint8Array {
  const items = parts.map(([n, etag]) => `<Part><PartNumber>${n}</PartNumber><ETag>${etag}</ETag></Part>`);
  return text(`<CompleteMultipartUpload>${items.join('')}</CompleteMultipartUpload>`);
}

const complete = (id: string, expected: string | null, order: 'missing' | 'reversed' | 'small'): ProbeCase => ({
  id,
  operation: 'CompleteMultipartUpload',
  expected,
  method: 'POST',
  async run(s) {
    const key = `jss-probe/${id}.bin`;
    const { uploadId, etags } = await startUpload(s, key, { 1: text('a'), 2: text('b') });
    const parts: (readonly [number, string])[] =
      order === 'missing'
        ? [[1, '"00000000000000000000000000000000"']]
        : [
            [1, etags[1]!],
            [2, etags[2]!],
          ];
    if (order === 'reversed') parts.reverse();
    const answer = await s.send({
      method: 'POST',
      path: objectPath(s.bucket, key),
      query: { uploadId },
      body: completeXml(parts),
    });
    // An endpoint that completed it after all has an object now, and no upload.
    if (answer.status < 300 && !answer.body.includes('<Error>')) {
      s.openUploads.delete(key);
      s.createdKeys.add(key);
    }
    return answer;
  },
});

/** Every case, in the order they run; each reads or writes only under `jss-probe/` in the probe's bucket. */
export function probeCases(): ProbeCase[] {
  const wrongMd5 = md5Base64(text('not the body'));
  return [
    {
      id: 'no-such-key-get',
      operation: 'GetObject',
      expected: catalogCodeFor('NoSuchKey'),
      method: 'GET',
      run: (s) => s.send({ method: 'GET', path: objectPath(s.bucket, MISSING_KEY) }),
    },
    {
      id: 'no-such-key-head',
      operation: 'HeadObject',
      expected: bodilessCodeFor(404, 'HeadObject') ?? null,
      method: 'HEAD',
      run: (s) => s.send({ method: 'HEAD', path: objectPath(s.bucket, MISSING_KEY) }),
    },
    {
      id: 'no-such-bucket-get',
      operation: 'GetObject',
      expected: catalogCodeFor('NoSuchBucket'),
      method: 'GET',
      run: (s) => s.send({ method: 'GET', path: objectPath(randomBucketName('jss-probe-missing'), SAMPLE_KEY) }),
    },
    {
      id: 'no-such-bucket-head',
      operation: 'HeadBucket',
      expected: bodilessCodeFor(404, 'HeadBucket') ?? null,
      method: 'HEAD',
      run: (s) => s.send({ method: 'HEAD', path: objectPath(randomBucketName('jss-probe-missing')) }),
    },
    {
      id: 'invalid-bucket-name',
      operation: 'CreateBucket',
      expected: catalogCodeFor('InvalidBucketName'),
      method: 'PUT',
      async run(s) {
        const name = 'JSS_Probe_Invalid_Name';
        const answer = await s.send({ method: 'PUT', path: objectPath(name) });
        // Accepted after all: take it away again.
        if (answer.status < 300) await s.send({ method: 'DELETE', path: objectPath(name) });
        return answer;
      },
    },
    {
      id: 'bucket-already-owned',
      operation: 'CreateBucket',
      expected: catalogCodeFor('BucketAlreadyOwnedByYou'),
      method: 'PUT',
      run: (s) => s.send({ method: 'PUT', path: objectPath(s.bucket) }),
    },
    get('invalid-range', catalogCodeFor('InvalidRange'), {
      range: `bytes=${SAMPLE_BODY.length + 100}-${SAMPLE_BODY.length + 200}`,
    }),
    get('multi-range', catalogCodeFor('NotSupportMultiRange'), { range: 'bytes=0-1,3-4' }),
    get('precondition-failed', catalogCodeFor('PreconditionFailed'), {
      'if-match': '"00000000000000000000000000000000"',
    }),
    {
      ...get('signature-does-not-match', catalogCodeFor('SignatureDoesNotMatch'), {}),
      run: (s) =>
        s.send(
          { method: 'GET', path: objectPath(s.bucket, SAMPLE_KEY) },
          { credentials: { ...s.credentials, secretAccessKey: WRONG_KEYS.secretAccessKey } },
        ),
    },
    {
      ...get('invalid-access-key-id', catalogCodeFor('InvalidAccessKeyId'), {}),
      run: (s) => s.send({ method: 'GET', path: objectPath(s.bucket, SAMPLE_KEY) }, { credentials: WRONG_KEYS }),
    },
    {
      ...get('request-time-too-skewed', catalogCodeFor('RequestTimeTooSkewed'), {}),
      run: (s) => s.send({ method: 'GET', path: objectPath(s.bucket, SAMPLE_KEY) }, { clockOffsetMs: 20 * 60_000 }),
    },
    {
      ...get('presigned-url-expired', catalogCodeFor('AccessDenied'), {}),
      run: (s) =>
        s.send(
          { method: 'GET', path: objectPath(s.bucket, SAMPLE_KEY) },
          { clockOffsetMs: -60 * 60_000, presignExpiresIn: 60 },
        ),
    },
    put(
      'bad-digest',
      catalogCodeFor('BadDigest'),
      'jss-probe/bad-digest.txt',
      { 'content-md5': wrongMd5 },
      text('body'),
    ),
    put(
      'invalid-digest',
      catalogCodeFor('InvalidDigest'),
      'jss-probe/invalid-digest.txt',
      { 'content-md5': 'not-base64!' },
      text('body'),
    ),
    // What a current AWS SDK v3 sends with every PutObject by default. The catalog gives it as an
    // unverified cause of both InvalidArgument and NotImplemented, so no code is expected.
    put(
      'checksum-crc32',
      null,
      'jss-probe/checksum-crc32.txt',
      { 'x-amz-checksum-crc32': crc32Base64(text('body')), 'x-amz-sdk-checksum-algorithm': 'CRC32' },
      text('body'),
    ),
    putIfNoneMatch('if-none-match-any', () => '*'),
    putIfNoneMatch('if-none-match-etag', (etag) => etag),
    // Over S3's 1,024 bytes, in short segments: a store that keeps keys as file paths has a name limit per segment.
    put(
      'key-too-long',
      catalogCodeFor('KeyTooLongError'),
      `jss-probe/${Array(11).fill('k'.repeat(99)).join('/')}`,
      {},
      text('body'),
    ),
    {
      id: 'no-such-upload',
      operation: 'AbortMultipartUpload',
      expected: catalogCodeFor('NoSuchUpload'),
      method: 'DELETE',
      run: (s) =>
        s.send({
          method: 'DELETE',
          path: objectPath(s.bucket, MISSING_KEY),
          query: { uploadId: 'jss-probe-no-such-upload' },
        }),
    },
    {
      id: 'too-many-parts',
      operation: 'UploadPart',
      expected: catalogCodeFor('TooManyParts'),
      method: 'PUT',
      async run(s) {
        const key = 'jss-probe/too-many-parts.bin';
        const { uploadId } = await startUpload(s, key, {});
        return s.send({
          method: 'PUT',
          path: objectPath(s.bucket, key),
          query: { partNumber: '10001', uploadId },
          body: text('x'),
        });
      },
    },
    complete('invalid-part', catalogCodeFor('InvalidPart'), 'missing'),
    complete('invalid-part-order', catalogCodeFor('InvalidPartOrder'), 'reversed'),
    complete('entity-too-small', catalogCodeFor('EntityTooSmall'), 'small'),
    {
      id: 'no-such-bucket-policy',
      operation: 'GetBucketPolicy',
      expected: catalogCodeFor('NoSuchBucketPolicy'),
      method: 'GET',
      run: (s) => s.send({ method: 'GET', path: objectPath(s.bucket), query: { policy: '' } }),
    },
    {
      id: 'no-such-cors-configuration',
      operation: 'GetBucketCors',
      expected: catalogCodeFor('NoSuchCORSConfiguration'),
      method: 'GET',
      run: (s) => s.send({ method: 'GET', path: objectPath(s.bucket), query: { cors: '' } }),
    },
    {
      id: 'bucket-not-empty',
      operation: 'DeleteBucket',
      expected: catalogCodeFor('BucketNotEmpty'),
      method: 'DELETE',
      needsOwnBucket: true,
      run: (s) => s.send({ method: 'DELETE', path: objectPath(s.bucket) }),
    },
  ];
}

/** The catalog knows the code (directly, by alias or case)? */
export const inCatalog = (code: string) => resolveJssErrorCode(code) !== undefined;
export const catalogInfo = (code: string) => {
  const known = resolveJssErrorCode(code);
  return known === undefined ? undefined : { code: known, ...errorInfo[known] };
};
