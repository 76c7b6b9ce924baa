import type { IncomingHttpHeaders } from 'node:http';
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
}

/** A success answer. Errors are thrown as JssErrors and sent by @jss/errors-server. */
export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string | number>>;
  readonly body?: Buffer | string;
}

export type OperationHandler = (store: Store, request: S3Request) => Reply;

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
