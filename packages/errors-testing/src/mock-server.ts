import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createJssError, isJssError, type JssError } from '@jss/errors';
import { generateRequestId } from '@jss/errors-server';
import { drop, type ErrorContext, errorResponse, type Sent, sendError, sendReply } from './answer.js';
import { type LoggedRequest, RequestLog } from './request-log.js';
import { RuleSet } from './rules/rule-set.js';
import type { AnswerEffects, MockAnswer, MockRule } from './rules/types.js';
import { addressOf } from './s3/address.js';
import { decodedPayload } from './s3/aws-chunked.js';
import { performS3 } from './s3/in-memory-jss.js';
import { operationOf, type S3Operation } from './s3/operation.js';
import type { S3Request } from './s3/reply.js';
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
  close(): Promise<void>;
}

/** What a stand-in offers whatever carries its requests: a port or an in-process transport. */
export type JssMockControls = Omit<JssMock, 'url' | 'virtualHostUrl' | 'port' | 'close'>;

/** The stand-in without a socket: its request listener and controls; `startJssMock` serves them on a port. */
export interface JssMockCore {
  readonly listener: (req: IncomingMessage, res: ServerResponse) => void;
  readonly controls: JssMockControls;
}

/** Starts the stand-in. Await it; call `close()` when done (e.g. in `afterAll`). */
export async function startJssMock(options: JssMockOptions = {}): Promise<JssMock> {
  const { listener, controls } = createJssMockCore(options);
  const server = createServer(listener);
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
  const log = new RequestLog(options.maxLoggedRequests ?? 10_000);
  const domains = options.domains ?? ['localhost'];

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error) => {
      options.onUnexpectedError?.(error);
      if (!res.headersSent) res.destroy();
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const method = req.method ?? 'GET';
    const address = addressOf(req.url ?? '/', req.headers.host, domains);
    const operation = operationOf({
      method,
      bucket: address.bucket,
      key: address.key,
      query: address.query,
      copySource: req.headers['x-amz-copy-source'] !== undefined,
    });
    const seq = log.nextSeq();
    const hit = rules.match({ operation, bucket: address.bucket, key: address.key, headers: req.headers });
    const payload = decodedPayload(body, req.headers);
    const request: S3Request = { operation, method, ...address, headers: req.headers, body: payload };
    const context: ErrorContext = {
      method,
      accept: req.headers.accept,
      path: address.path,
      onUnexpectedError: options.onUnexpectedError,
    };
    const sent = await answer(res, request, context, hit?.answer ?? {});
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
  ): Promise<Sent> {
    if (rule.delayMs !== undefined && rule.delayMs > 0) await sleep(rule.delayMs);
    if (rule.connection === 'drop') return drop(res);
    if (rule.code !== undefined) {
      const params = { bucket: request.bucket, key: request.key, uploadId: request.query.get('uploadId') ?? undefined };
      const error = makeError(rule.code, { variant: rule.variant, resource: request.path, ...params });
      return sendError(res, errorResponse(error, context, rule), rule.code, rule);
    }
    try {
      return sendReply(res, performS3(store, request), generateRequestId(), rule);
    } catch (error) {
      const code = isJssError(error) ? error.code : 'InternalError';
      const effects: AnswerEffects = { connection: rule.connection };
      return sendError(res, errorResponse(error, context, effects), code, effects);
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
  return { listener, controls };
}

/** The code and variant were typed when the rule was written; here they are checked catalog values. */
const makeError = createJssError as (code: string, options: object) => JssError<string>;

const EMPTY = Buffer.alloc(0);

/** The whole request body (events, not `for await`: measurably cheaper per request). */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () =>
      resolve(chunks.length === 0 ? EMPTY : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)),
    );
    req.on('error', reject);
  });
}
