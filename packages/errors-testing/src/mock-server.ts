import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createJssError, EntityTooLargeError, isJssError, type JssError } from '@jss/errors';
import { generateRequestId } from '@jss/errors-server';
import { createJssServer } from './http-server.js';
import { drop, type ErrorContext, errorResponse, namingOperation, type Sent, sendError, sendReply } from './answer.js';
import { type LoggedRequest, RequestLog } from './request-log.js';
import { RuleSet } from './rules/rule-set.js';
import type { AnswerEffects, MockAnswer, MockRule } from './rules/types.js';
import { addressOf } from './s3/address.js';
import type { BucketNaming } from './s3/bucket-name.js';
import { type ChecksumHeaders, checksumHeadersMode } from './s3/checksum-headers.js';
import { decodedPayload } from './s3/aws-chunked.js';
import { performS3 } from './s3/in-memory-jss.js';
import { operationOf, type S3Operation } from './s3/operation.js';
import type { S3Request } from './s3/reply.js';
import { ruleParams } from './s3/rule-params.js';
import { Store } from './s3/store.js';

export interface JssMockOptions {
  /** Default 0: a free port. */
  readonly port?: number;
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Rules kept across `reset()`, evaluated before those added with `use()`. */
  readonly rules?: readonly MockRule[];
  /** Buckets that exist at start and after every `reset()`, empty. */
  readonly buckets?: readonly string[];
  /** Seed of every `probability` rule without its own (rule i gets seed + i). */
  readonly seed?: number;
  /** Host suffixes of virtual-host style requests (`photos.localhost` → bucket `photos`). Default `['localhost']`. */
  readonly domains?: readonly string[];
  /** The log keeps at least this many of the latest requests (default 10,000), so a long-running mock stays small. */
  readonly maxLoggedRequests?: number;
  /** Bytes of each request body the log keeps (default 16 KiB); `bodyBytes` has the whole size. */
  readonly maxLoggedBodyBytes?: number;
  /** A request body above this many bytes is refused with EntityTooLarge, unread (default 128 MiB). */
  readonly maxBodyBytes?: number;
  /**
   * `'jss'` (default): CreateBucket refuses the names JSS refuses (InvalidBucketName: only
   * lowercase letters, digits and single hyphens). `'s3'`: S3's rules (dots allowed), for teams
   * that test against another S3 as well.
   */
  readonly bucketNames?: BucketNaming;
  /**
   * The AWS SDK's default checksum headers (`x-amz-checksum-crc32`, `x-amz-sdk-checksum-algorithm`,
   * a trailing checksum): `'accept'` (default), or refused with `'InvalidArgument'` or
   * `'NotImplemented'`, the two answers the catalog gives for them (not yet confirmed on JSS).
   */
  readonly checksumHeaders?: ChecksumHeaders;
  /** Sees anything thrown that is not a JssError (a bug of the stand-in); default `console.error`. */
  readonly onUnexpectedError?: (error: unknown) => void;
}

export interface JssMock {
  /** `http://127.0.0.1:<port>`: the endpoint for path-style clients (AWS SDK `forcePathStyle: true`, minio). */
  readonly url: string;
  /** `http://<domains[0]>:<port>`: the endpoint for virtual-host style clients. */
  readonly virtualHostUrl: string;
  readonly port: number;
  /** Every request since start or the last `reset()`, in order. */
  readonly requests: readonly LoggedRequest[];
  /** The logged requests of an operation (all with no argument). */
  calls(operation?: S3Operation): readonly LoggedRequest[];
  /** Adds rules after the existing ones, until the next `reset()`. */
  use(...rules: MockRule[]): void;
  /** Clears the log, the data (back to `buckets`), the rules added by `use()`, every call counter and seed. */
  reset(): void;
  createBucket(name: string): void;
  putObject(bucket: string, key: string, body: string | Uint8Array): void;
  /** The stored bytes of an object, or undefined. */
  objectBody(bucket: string, key: string): Buffer | undefined;
  /** Stops the server: every connection is closed and every pending `delayMs` ends (its request is dropped). */
  close(): Promise<void>;
}

/** What a stand-in offers whatever carries its requests: a port or an in-process transport. */
export type JssMockControls = Omit<JssMock, 'url' | 'virtualHostUrl' | 'port' | 'close'>;

/** The stand-in without a socket: its request listener and controls; `startJssMock` serves them on a port. */
export interface JssMockCore {
  readonly listener: (req: IncomingMessage, res: ServerResponse) => void;
  readonly controls: JssMockControls;
  /** Ends every pending `delayMs` (its request is dropped): part of closing. */
  endDelays(): void;
}

/** Starts the stand-in. Await it; call `close()` when done (e.g. in `afterAll`). */
export async function startJssMock(options: JssMockOptions = {}): Promise<JssMock> {
  const { listener, controls, endDelays } = createJssMockCore(options);
  const server = createJssServer(listener);
  server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  const host = options.host ?? '127.0.0.1';
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const served = {
    url: `http://${urlHost}:${port}`,
    virtualHostUrl: `http://${options.domains?.[0] ?? 'localhost'}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        endDelays();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
  // Descriptors, not a spread: `requests` is a getter.
  return Object.defineProperties(served, Object.getOwnPropertyDescriptors(controls)) as JssMock;
}

/** The stand-in's state and request listener, served by whoever calls it. */
export function createJssMockCore(options: JssMockOptions = {}): JssMockCore {
  const store = new Store(options.buckets ?? []);
  const rules = new RuleSet(options.seed);
  const permanent = options.rules ?? [];
  rules.add(permanent);
  const log = new RequestLog(options.maxLoggedRequests ?? 10_000, options.maxLoggedBodyBytes ?? 16 * 1024);
  const domains = options.domains ?? ['localhost'];
  const maxBodyBytes = options.maxBodyBytes ?? 128 * 1024 * 1024;
  const bucketNames = options.bucketNames ?? 'jss';
  const checksumHeaders = checksumHeadersMode(options.checksumHeaders);
  /** Pending `delayMs` waits, ended by `close()`. */
  const delays = new Set<AbortController>();

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error) => {
      // A client that went away mid-request is no bug of the stand-in.
      if (req.complete) options.onUnexpectedError?.(error);
      if (!res.headersSent) res.destroy();
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Numbered and matched on arrival, before the body: `seq` and `call` counts follow arrival order.
    const seq = log.nextSeq();
    const method = req.method ?? 'GET';
    const address = addressOf(req.url ?? '/', req.headers.host, domains);
    const operation = operationOf({
      method,
      bucket: address.bucket,
      key: address.key,
      query: address.query,
      copySource: req.headers['x-amz-copy-source'] !== undefined,
    });
    const hit = rules.match({ operation, bucket: address.bucket, key: address.key, headers: req.headers });
    const body = await readBody(req, maxBodyBytes);
    let payload: Buffer = EMPTY;
    let refusal: unknown;
    if (body === TOO_LARGE) {
      const declared = Number(req.headers['content-length']);
      refusal = new EntityTooLargeError({
        maxSizeAllowed: maxBodyBytes,
        ...(Number.isSafeInteger(declared) && declared > maxBodyBytes ? { proposedSize: declared } : {}),
        resource: address.path,
      });
      res.setHeader('connection', 'close');
    } else {
      try {
        payload = decodedPayload(body, req.headers, address.path);
      } catch (error) {
        refusal = error;
      }
    }
    const keyError = (key: string) => {
      const answer = rules.matchKey({ operation, bucket: address.bucket, key, headers: req.headers })?.answer;
      return answer?.code === undefined ? undefined : makeError(answer.code, { variant: answer.variant, key });
    };
    const request: S3Request = { operation, method, ...address, headers: req.headers, body: payload, keyError };
    const context: ErrorContext = {
      method,
      accept: req.headers.accept,
      path: address.path,
      onUnexpectedError: options.onUnexpectedError,
    };
    const sent = await answer(res, request, context, hit?.answer ?? {}, refusal);
    if (sent === undefined) return; // ended by close()
    log.add({
      seq,
      operation,
      method,
      url: req.url ?? '/',
      bucket: address.bucket,
      key: address.key,
      query: Object.fromEntries(address.query),
      headers: req.headers,
      body: payload,
      rule: hit?.rule,
      ...sent,
    });
  }

  async function answer(
    res: ServerResponse,
    request: S3Request,
    context: ErrorContext,
    rule: MockAnswer,
    refusal: unknown,
  ): Promise<Sent | undefined> {
    if (rule.delayMs !== undefined && rule.delayMs > 0 && !(await delay(rule.delayMs))) {
      drop(res);
      return undefined;
    }
    if (rule.connection === 'drop') return drop(res);
    if (rule.code !== undefined) {
      const error = makeError(rule.code, { variant: rule.variant, ...ruleParams(request) });
      return sendError(res, errorResponse(error, context, rule), rule.code, rule);
    }
    try {
      if (refusal !== undefined) throw refusal;
      return sendReply(res, performS3(store, request, { bucketNames, checksumHeaders }), generateRequestId(), rule);
    } catch (error) {
      const code = isJssError(error) ? error.code : 'InternalError';
      const effects: AnswerEffects = { connection: rule.connection };
      let response = errorResponse(error, context, effects);
      if (code === 'NotImplemented') response = namingOperation(response, request.operation);
      return sendError(res, response, code, effects);
    }
  }

  /** Waits; false when `close()` ended the wait first. */
  async function delay(ms: number): Promise<boolean> {
    const controller = new AbortController();
    delays.add(controller);
    try {
      await sleep(ms, undefined, { signal: controller.signal });
      return true;
    } catch {
      return false;
    } finally {
      delays.delete(controller);
    }
  }

  const controls: JssMockControls = {
    get requests() {
      return log.all;
    },
    calls: (operation) => (operation === undefined ? log.all : log.all.filter((r) => r.operation === operation)),
    use: (...added) => rules.add(added),
    reset() {
      log.clear();
      store.clear();
      rules.resetTo(permanent.length);
    },
    createBucket: (name) => store.createBucket(name),
    putObject(bucket, key, body) {
      if (!store.buckets.has(bucket)) store.createBucket(bucket);
      store.buckets.get(bucket)!.objects.set(key, Store.object(Buffer.from(body), 'binary/octet-stream', {}));
    },
    objectBody: (bucket, key) => store.buckets.get(bucket)?.objects.get(key)?.body,
  };
  return {
    listener,
    controls,
    endDelays() {
      for (const controller of delays) controller.abort();
    },
  };
}

/** The code and variant were typed when the rule was written; here they are checked catalog values. */
const makeError = createJssError as (code: string, options: object) => JssError<string>;

const EMPTY = Buffer.alloc(0);
const TOO_LARGE = Symbol('too large');

/**
 * The whole request body (events, not `for await`: measurably cheaper per request), or TOO_LARGE
 * as soon as it passes `max` bytes: the rest is discarded and the connection closes after
 * the answer.
 */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
      else {
        chunks.length = 0;
        req.off('data', onData);
        req.resume();
        resolve(TOO_LARGE);
      }
    };
    req.on('data', onData);
    req.on('end', () =>
      resolve(chunks.length === 0 ? EMPTY : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)),
    );
    req.on('error', reject);
  });
}
