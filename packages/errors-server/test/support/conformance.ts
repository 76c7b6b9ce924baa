import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { generateHostId, type OutgoingErrorResponse } from '@jss/errors-server';
import { writeErrorResponse } from '@jss/errors-server/node';
import type * as Minio from 'minio';
import { listenNode } from './listen.js';
import { awsClient, minioClient } from './s3-clients.js';

/** What a case's helper is called with: what the server knows about the request. */
export interface AnswerRequest {
  readonly resource: string;
  readonly requestId: string;
  readonly method: string | undefined;
  readonly accept: string | undefined;
  /** The `x-amz-id-2` to send, when the settings ask for one (JSS sends none). */
  readonly hostId: string | undefined;
  /** Whether the XML body carries `<statusCode>` (on by default, as JSS). */
  readonly statusCodeElement: boolean;
}

/** The wire settings a harness answers with. */
export interface WireSettings {
  readonly hostId: boolean;
  readonly statusCodeElement: boolean;
  /** Report what the clients make of x-amz-id-2 and <statusCode> (`hostId`, `bodyStatusCode`). */
  readonly reportWireExtras?: boolean;
}

/** One code or variant, with the catalog's expectations (printed by the generator). */
export interface ConformanceCase {
  readonly code: string;
  readonly variant: string | null;
  readonly status: number;
  readonly message: string;
  readonly retryAfter: number | null;
  readonly answer: (request: AnswerRequest) => OutgoingErrorResponse;
}

export interface AwsSeen {
  readonly name: string;
  readonly message: string;
  readonly status: number | undefined;
  readonly fault: string | undefined;
  /** `$metadata.requestId`, from the header. */
  readonly requestId: string | undefined;
  /** `<RequestId>`, copied from the body onto the error. */
  readonly bodyRequestId: unknown;
  readonly resource: unknown;
  /** Whether `x-amz-id-2` reached `$metadata.extendedRequestId`. */
  readonly hostIdSent: boolean;
  /** `statusCode`, copied from the body's `<statusCode>` onto the error. */
  readonly bodyStatusCode?: unknown;
}

export interface MinioSeen {
  readonly code: unknown;
  readonly message: string;
  /** `amzRequestid`, from the header. */
  readonly requestId?: unknown;
  /** `requestid`, from the body. */
  readonly bodyRequestId?: unknown;
  readonly resource?: unknown;
  /** `amzId2`, from `x-amz-id-2`. */
  readonly hostId?: unknown;
  /** `statuscode`, from the body's `<statusCode>`: minio keeps no HTTP status otherwise. */
  readonly bodyStatusCode?: unknown;
}

export interface FetchSeen {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Uint8Array;
}

export interface ConformanceHarness {
  requestIdOf(c: ConformanceCase): string;
  resourceOf(c: ConformanceCase): string;
  awsSdk(c: ConformanceCase, method: 'GET' | 'HEAD'): Promise<AwsSeen>;
  minio(c: ConformanceCase, method: 'GET' | 'HEAD'): Promise<MinioSeen>;
  fetch(c: ConformanceCase, init: { method: 'GET' | 'HEAD'; accept: string | undefined }): Promise<FetchSeen>;
  close(): Promise<void>;
}

const BUCKET = 'conformance';
const HOST_ID = /^[A-Za-z0-9+/]{32}$/;

/** `NoSuchBucket/-` or `BucketNotEmpty/acl`: the object key names the case. */
const keyOf = (c: ConformanceCase) => `${c.code}/${c.variant ?? '-'}`;

/**
 * A request id per case, shaped like S3's (16 upper-case hex digits with letters), derived from
 * the case so each response is told apart from the others.
 */
function requestIdOf(c: ConformanceCase): string {
  let hash = 0x811c9dc5;
  for (const ch of keyOf(c)) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `C0DE0000${hash.toString(16).toUpperCase().padStart(8, '0')}`;
}

/**
 * A Node http server that answers `/conformance/<code>/<variant>` with the case's helper and the
 * Node adapter's writer, and the clients that call it.
 */
export async function startConformance(
  cases: readonly ConformanceCase[],
  settings: WireSettings,
): Promise<ConformanceHarness> {
  const byKey = new Map(cases.map((c) => [keyOf(c), c]));
  const server = await listenNode((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const c = byKey.get(path.split('/').slice(2).join('/'));
    if (c === undefined) {
      res.writeHead(599).end(`no case for ${path}`);
      return;
    }
    writeErrorResponse(
      res,
      c.answer({
        resource: path,
        requestId: requestIdOf(c),
        method: req.method,
        accept: req.headers.accept,
        hostId: settings.hostId ? generateHostId() : undefined,
        statusCodeElement: settings.statusCodeElement,
      }),
    );
  });
  const aws: S3Client = awsClient(server.port);
  const minio: Minio.Client = minioClient(server.port);

  const resourceOf = (c: ConformanceCase) => `/${BUCKET}/${keyOf(c)}`;

  return {
    requestIdOf,
    resourceOf,
    async awsSdk(c, method) {
      const input = { Bucket: BUCKET, Key: keyOf(c) };
      const error = await (method === 'GET'
        ? aws.send(new GetObjectCommand(input))
        : aws.send(new HeadObjectCommand(input))
      ).then(
        () => {
          throw new Error(`${method} ${keyOf(c)} succeeded`);
        },
        (e: unknown) =>
          e as Record<string, unknown> & {
            name: string;
            message: string;
            $fault?: string;
            $metadata?: Record<string, unknown>;
          },
      );
      return {
        name: error.name,
        message: error.message,
        status: error.$metadata?.httpStatusCode as number | undefined,
        fault: error.$fault,
        requestId: error.$metadata?.requestId as string | undefined,
        bodyRequestId: error.RequestId,
        resource: error.Resource,
        hostIdSent: HOST_ID.test(String(error.$metadata?.extendedRequestId)),
        ...(settings.reportWireExtras && 'statusCode' in error ? { bodyStatusCode: error.statusCode } : {}),
      };
    },
    async minio(c, method) {
      const call = method === 'GET' ? minio.getObject(BUCKET, keyOf(c)) : minio.statObject(BUCKET, keyOf(c));
      const error = await call.then(
        () => {
          throw new Error(`${method} ${keyOf(c)} succeeded`);
        },
        (e: unknown) => e as Record<string, unknown> & { message: string },
      );
      return {
        code: error.code,
        message: error.message,
        requestId: error.amzRequestid,
        bodyRequestId: error.requestid,
        resource: error.resource,
        ...(settings.reportWireExtras && error.amzId2 !== undefined ? { hostId: error.amzId2 } : {}),
        ...(settings.reportWireExtras && error.statuscode !== undefined ? { bodyStatusCode: error.statuscode } : {}),
      };
    },
    async fetch(c, init) {
      const response = await fetch(`${server.origin}${resourceOf(c)}`, {
        method: init.method,
        headers: init.accept === undefined ? {} : { accept: init.accept },
      });
      return {
        status: response.status,
        headers: response.headers,
        bytes: new Uint8Array(await response.arrayBuffer()),
      };
    },
    async close() {
      aws.destroy();
      await server.close();
    },
  };
}
