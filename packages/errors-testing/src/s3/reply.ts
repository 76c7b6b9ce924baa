import type { JssError } from '@jss/errors';
import type { IncomingHttpHeaders } from 'node:http';
import type { BucketNaming } from './bucket-name.js';
import type { ChecksumHeaders } from './checksum-headers.js';
import type { S3Operation } from './operation.js';
import type { Store } from './store.js';

/** A request as the in-memory JSS sees it, body read. */
export interface S3Request {
  readonly operation: S3Operation;
  readonly method: string;
  readonly bucket: string | undefined;
  readonly key: string | undefined;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** The error a rule answers for one key of a DeleteObjects request, if one does. */
  readonly keyError?: (key: string) => JssError<string> | undefined;
}

/** A success answer. Errors are thrown as JssErrors and sent by @jss/errors-server. */
export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string | number>>;
  readonly body?: Buffer | string;
}

/** How the stand-in is set up, for the handlers that depend on it. */
export interface Settings {
  readonly bucketNames: BucketNaming;
  readonly checksumHeaders: ChecksumHeaders;
}

export type OperationHandler = (store: Store, request: S3Request, settings: Settings) => Reply;

export const xmlReply = (body: string, status = 200): Reply => ({
  status,
  headers: { 'content-type': 'application/xml' },
  body,
});

/** A header's single value (the first when repeated). */
export function header(request: S3Request, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
