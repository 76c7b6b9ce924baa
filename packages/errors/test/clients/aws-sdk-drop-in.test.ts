// With jssErrors(), code written for the bare AWS SDK sees what it saw without it: the SDK's
// documented error idioms, every S3 waiter and a paginator, for every catalog code and variant
// and for bodiless (HEAD) answers, against the stand-in; and each error is also typed.
import { Agent } from 'node:http';
import * as s3module from '@aws-sdk/client-s3';
import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  type S3Client,
  S3ServiceException,
  waitUntilBucketExists,
  waitUntilBucketNotExists,
  waitUntilObjectExists,
  waitUntilObjectNotExists,
} from '@aws-sdk/client-s3';
import { bodilessCodeFor, errorInfo } from '@jss/error-codes';
import { errorClasses, isJssError, JssError } from '@jss/errors';
import { jssErrors } from '@jss/errors/aws-sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { awsClient } from './support/clients.js';
import { catalogCases } from './support/expectations.js';
import { type StandIn, startStandIn } from './support/stand-in.js';

const BUCKET = 'photos';
const standIn: StandIn = await startStandIn([BUCKET]);
afterAll(() => standIn.close());
standIn.putObject(BUCKET, 'present.txt', 'hello');
for (const key of ['p/1', 'p/2', 'p/3']) standIn.putObject(BUCKET, key, key);

// No retries, and a connection per request: a kept-alive socket the stand-in closes meanwhile
// would fail one client's call and not the other's.
const config = { maxAttempts: 1, requestHandler: { httpAgent: new Agent({ keepAlive: false }) } };
const bare = awsClient(standIn.url, config);
const plugged = awsClient(standIn.url, config);
plugged.middlewareStack.use(jssErrors());
const clients = { bare, plugged } as const;

/** The modeled exception classes the SDK exports, found at run time. */
const modeledClasses = Object.entries(s3module).filter(
  ([, value]) => typeof value === 'function' && value.prototype instanceof S3ServiceException,
) as [string, new (...args: never[]) => Error][];

/** Everything an SDK user's error handling can read, with the per-request ids blanked. */
function idioms(error: unknown): Record<string, unknown> {
  const e = error as Error & Record<string, unknown>;
  const metadata = { ...(e.$metadata as Record<string, unknown>) };
  const ids = [metadata.requestId, metadata.extendedRequestId, e.RequestId, e.HostId].filter(
    (id): id is string => typeof id === 'string' && id !== '',
  );
  const blank = (text: string) => ids.reduce((out, id) => out.split(id).join('<id>'), text);
  const response = e.$response as { statusCode?: number; headers?: Record<string, string> } | undefined;
  const headers = { ...response?.headers };
  delete headers.date;
  return {
    'e.name': e.name,
    'e.message': e.message,
    'instanceof S3ServiceException': e instanceof S3ServiceException,
    'instanceof modeled class': modeledClasses.filter(([, type]) => e instanceof type).map(([name]) => name),
    'e.constructor': e.constructor.name,
    $metadata: JSON.parse(blank(JSON.stringify(metadata))),
    $fault: e.$fault,
    $retryable: e.$retryable,
    $response: response === undefined ? undefined : JSON.parse(blank(JSON.stringify([response.statusCode, headers]))),
    $responseBodyText: e.$responseBodyText,
    'Object.keys(e)': Object.keys(e),
    'JSON.stringify(e)': blank(JSON.stringify(e)),
    'String(e)': String(e),
  };
}

/** The outcome of a call: its value (reduced by `pick`) or the idioms of its error. */
async function outcome<T>(run: () => Promise<T>, pick: (value: T) => unknown = () => 'ok') {
  try {
    return { ok: pick(await run()) };
  } catch (error) {
    return { error: idioms(error), raw: error };
  }
}

const cases = catalogCases();
const codes = [...new Set(cases.map((c) => c.code))];
/**
 * One bodiless case per status: a HEAD answer carries no code, so codes of one status give the
 * same bytes (bar the request id) and the same outcome.
 */
const bodiless = [...new Map(codes.map((code) => [errorInfo[code].httpStatus, code])).values()];
// One poll: the acceptor decides on the first answer, and a RETRY ends as TIMEOUT at once.
const fastWaiter = (client: S3Client) => ({ client, minDelay: 0.01, maxDelay: 0.01, maxWaitTime: 0.011 });
const waiterOutcome = (run: () => Promise<{ state: string }>) =>
  outcome(run, (result) => result.state).then((o) =>
    // A waiter that gives up throws an Error whose message lists what it observed.
    o.error === undefined ? o : { error: { name: o.error['e.name'], message: o.error['e.message'] } },
  );

type Client = keyof typeof clients;
type Check = (
  client: S3Client,
  index: number,
) => Promise<{ ok?: unknown; error?: Record<string, unknown>; raw?: unknown }>;

/** The calls each body case runs: GET (the modeled classes) and a paginator page. */
const bodyCalls: Record<string, Check> = {
  GetObject: (client, i) => outcome(() => client.send(new GetObjectCommand({ Bucket: BUCKET, Key: `body/${i}` }))),
  paginateListObjectsV2: (client, i) =>
    outcome(async () => {
      const pages = [];
      for await (const page of paginateListObjectsV2({ client, pageSize: 1 }, { Bucket: `body-${i}` }))
        pages.push(page);
      return pages;
    }),
};

/** The calls each bodiless case runs: both HEADs and every waiter. */
const headCalls: Record<string, Check> = {
  HeadObject: (client, i) => outcome(() => client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `head/${i}` }))),
  HeadBucket: (client, i) => outcome(() => client.send(new HeadBucketCommand({ Bucket: `head-${i}` }))),
  waitUntilObjectExists: (client, i) =>
    waiterOutcome(() => waitUntilObjectExists(fastWaiter(client), { Bucket: BUCKET, Key: `head/${i}` })),
  waitUntilObjectNotExists: (client, i) =>
    waiterOutcome(() => waitUntilObjectNotExists(fastWaiter(client), { Bucket: BUCKET, Key: `head/${i}` })),
  waitUntilBucketExists: (client, i) =>
    waiterOutcome(() => waitUntilBucketExists(fastWaiter(client), { Bucket: `head-${i}` })),
  waitUntilBucketNotExists: (client, i) =>
    waiterOutcome(() => waitUntilBucketNotExists(fastWaiter(client), { Bucket: `head-${i}` })),
};

/** What differs between the bare SDK and the plugin, per call and idiom; empty when nothing does. */
const differences = new Map<string, Set<string>>();
function compare(call: string, label: string, a: Record<string, unknown>, b: Record<string, unknown>) {
  const errorA = (a.error ?? {}) as Record<string, unknown>;
  const errorB = (b.error ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(errorA), ...Object.keys(errorB)]);
  const seen = differences.get(call) ?? new Set<string>();
  differences.set(call, seen);
  if (JSON.stringify(a.ok) !== JSON.stringify(b.ok)) seen.add('result');
  for (const key of keys) if (JSON.stringify(errorA[key]) !== JSON.stringify(errorB[key])) seen.add(key);
  expect.soft({ ok: b.ok, error: b.error }, label).toEqual({ ok: a.ok, error: a.error });
}

async function both(check: Check, index: number) {
  const run = async (client: Client) => check(clients[client], index);
  const [a, b] = await Promise.all([run('bare'), run('plugged')]);
  return { bare: a, plugged: b };
}

// Some 500 requests in all, run concurrently: about a second on an idle machine; the timeout is
// for a loaded one.
describe('jssErrors() is a drop-in for code written against the bare SDK', { timeout: 60_000 }, () => {
  it('every code and variant with a body: GetObject and paginateListObjectsV2 see the same, typed', async () => {
    standIn.reset();
    standIn.createBucket(BUCKET);
    cases.forEach(({ code, variant }, i) => {
      const answer = { code, variant, retryAfter: null };
      standIn.use({ bucket: BUCKET, key: `body/${i}`, answer }, { bucket: `body-${i}`, answer });
    });
    await Promise.all(
      cases.map(async ({ code, variant, message }, i) => {
        for (const [call, check] of Object.entries(bodyCalls)) {
          const label = `${call} ${code}/${variant ?? '-'}`;
          const { bare: a, plugged: b } = await both(check, i);
          compare(call, label, a, b);
          expect(b.raw, label).toBeInstanceOf(JssError);
          expect(isJssError(b.raw, code), label).toBe(true);
          expect(b.raw, label).toBeInstanceOf(errorClasses[code]);
          const typed = b.raw as JssError<string>;
          expect(typed.code, label).toBe(code);
          expect(typed.variant, label).toBe(variant);
          expect(typed.httpStatus, label).toBe(errorInfo[code].httpStatus);
          expect(typed.docUrl, label).toContain(errorInfo[code].docPath);
          expect(typed.message, label).toBe(message);
        }
      }),
    );
  });

  it('every status without a body (HEAD): both HEADs and every waiter see the same, typed', async () => {
    standIn.reset();
    standIn.createBucket(BUCKET);
    bodiless.forEach((code, i) => {
      const answer = { code, retryAfter: null };
      standIn.use({ bucket: BUCKET, key: `head/${i}`, answer }, { bucket: `head-${i}`, answer });
    });
    await Promise.all(
      bodiless.map(async (code, i) => {
        const status = errorInfo[code].httpStatus;
        for (const [call, check] of Object.entries(headCalls)) {
          const label = `${call} ${code}`;
          const { bare: a, plugged: b } = await both(check, i);
          compare(call, label, a, b);
          if (!call.startsWith('Head')) continue;
          const expected = bodilessCodeFor(status, call) ?? 'Unknown';
          expect(isJssError(b.raw), label).toBe(true);
          expect((b.raw as JssError<string>).code, label).toBe(expected);
          expect((b.raw as JssError<string>).httpStatus, label).toBe(status);
        }
      }),
    );
  });

  it('successes pass through untouched: waiters, HEAD and a paginated listing', async () => {
    standIn.reset();
    standIn.createBucket(BUCKET);
    for (const key of ['p/1', 'p/2', 'p/3']) standIn.putObject(BUCKET, key, key);
    standIn.putObject(BUCKET, 'present.txt', 'hello');
    const success: Record<string, Check> = {
      waitUntilObjectExists: (client) =>
        waiterOutcome(() => waitUntilObjectExists(fastWaiter(client), { Bucket: BUCKET, Key: 'present.txt' })),
      waitUntilObjectNotExists: (client) =>
        waiterOutcome(() => waitUntilObjectNotExists(fastWaiter(client), { Bucket: BUCKET, Key: 'absent.txt' })),
      waitUntilBucketExists: (client) =>
        waiterOutcome(() => waitUntilBucketExists(fastWaiter(client), { Bucket: BUCKET })),
      waitUntilBucketNotExists: (client) =>
        waiterOutcome(() => waitUntilBucketNotExists(fastWaiter(client), { Bucket: 'absent-bucket' })),
      paginateListObjectsV2: (client) =>
        outcome(
          async () => {
            const keys = [];
            for await (const page of paginateListObjectsV2({ client, pageSize: 1 }, { Bucket: BUCKET, Prefix: 'p/' }))
              keys.push(...(page.Contents ?? []).map((o) => o.Key));
            return keys;
          },
          (keys) => keys,
        ),
    };
    for (const [call, check] of Object.entries(success)) {
      const { bare: a, plugged: b } = await both(check, 0);
      compare(call, call, a, b);
      expect(a.ok, call).not.toBeUndefined();
    }
  });

  it('errors inside a 200 (CopyObject, CompleteMultipartUpload): the SDK says 503, the JSS view the 200 received', async () => {
    standIn.reset();
    standIn.createBucket(BUCKET);
    const inside200: Record<string, Check> = {
      CopyObject: (client, i) =>
        outcome(() =>
          client.send(new CopyObjectCommand({ Bucket: BUCKET, Key: `copy/${i}`, CopySource: `${BUCKET}/present.txt` })),
        ),
      CompleteMultipartUpload: (client, i) =>
        outcome(() =>
          client.send(
            new CompleteMultipartUploadCommand({
              Bucket: BUCKET,
              Key: `copy/${i}`,
              UploadId: 'upload-1',
              MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"e"' }] },
            }),
          ),
        ),
    };
    const retryable = codes.filter((code) => errorInfo[code].retryable);
    const chosen = [...retryable.slice(0, 1), ...codes.filter((code) => !errorInfo[code].retryable).slice(0, 2)];
    chosen.forEach((code, i) => {
      standIn.use({ bucket: BUCKET, key: `copy/${i}`, answer: { code, inside200: true, retryAfter: null } });
    });
    await Promise.all(
      chosen.map(async (code, i) => {
        for (const [call, check] of Object.entries(inside200)) {
          const { bare: a, plugged: b } = await both(check, i);
          compare(call, `${call} ${code}`, a, b);
          expect(isJssError(b.raw, code), `${call} ${code}`).toBe(true);
          expect((b.raw as JssError<string>).httpStatus).toBe(200);
          expect((b.raw as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(503);
        }
      }),
    );
  });

  afterAll(() => {
    // The closing note's table: which idioms differed per call (none once the plugin is a drop-in).
    if (process.env.JSS_DROP_IN_TABLE)
      console.log([...differences].map(([call, keys]) => `${call}\t${[...keys].join(', ') || 'identical'}`).join('\n'));
  });
});
