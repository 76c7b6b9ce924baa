import { attachJssView } from '../attach-jss-view.js';
import type { RequestFacts } from '../request-facts.js';
import { fromMinioError } from './from-minio-error.js';

/** S3 operation of each minio method whose bucketless 404 needs it; others are object calls. */
const OPERATIONS: Readonly<Record<string, string>> = {
  bucketExists: 'HeadBucket',
  statObject: 'HeadObject',
  getObject: 'GetObject',
  getPartialObject: 'GetObject',
  fGetObject: 'GetObject',
  putObject: 'PutObject',
  fPutObject: 'PutObject',
  listObjects: 'ListObjects',
  listObjectsV2: 'ListObjectsV2',
  extensions: 'ListObjectsV2',
  listIncompleteUploads: 'ListMultipartUploads',
  makeBucket: 'CreateBucket',
  removeBucket: 'DeleteBucket',
  removeObject: 'DeleteObject',
  copyObject: 'CopyObject',
  getBucketPolicy: 'GetBucketPolicy',
  getBucketTagging: 'GetBucketTagging',
};

/** Methods whose arguments start with (bucket, key). */
const OBJECT_METHOD = /Object|Part|Upload/;

/**
 * Wraps a minio `Client` so that the errors its promises reject with and its streams
 * (`listObjects`) emit are also the typed JSS error of their code, placeholders filled from the
 * call's bucket and object name. It is minio's own error object, unchanged: `e.code` (statObject's
 * `'NotFound'`), `e.name`, `instanceof S3Error` and minio's fields read as without the wrapper;
 * `isJssError(e, 'NoSuchKey')`, `instanceof NoSuchKeyError`, `e.docUrl`, `e.httpStatus`… are
 * added (see `attachJssView`). Anything else passes through unchanged.
 */
export function withJssErrors<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string' || property === 'constructor') return value;
      return (...args: unknown[]) => {
        const result = value.apply(target, args);
        const facts = factsOfCall(property, args);
        if (result instanceof Promise) {
          return result.catch((error: unknown) => {
            throw viewed(error, facts);
          });
        }
        if (isEmitter(result)) typeErrorEvents(result, facts);
        return result;
      };
    },
  });
}

function factsOfCall(method: string, args: readonly unknown[]): RequestFacts {
  const params: Record<string, unknown> = {};
  if (typeof args[0] === 'string') params.bucket = args[0];
  if (typeof args[1] === 'string' && OBJECT_METHOD.test(method)) params.key = args[1];
  const operation = OPERATIONS[method];
  return { params, ...(operation === undefined ? {} : { operation }) };
}

interface Emitter {
  emit(event: string | symbol, ...args: unknown[]): boolean;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

function isEmitter(value: unknown): value is Emitter {
  return typeof (value as Emitter | null)?.emit === 'function' && typeof (value as Emitter).on === 'function';
}

/** Replaces the error a stream emits with the typed one, before any listener sees it. */
function typeErrorEvents(stream: Emitter, facts: RequestFacts): void {
  const emit = stream.emit;
  stream.emit = function (this: Emitter, event: string | symbol, ...args: unknown[]) {
    if (event === 'error') args[0] = viewed(args[0], facts);
    return emit.call(this, event, ...args);
  };
}

/** minio's error with the JSS view added; a frozen one is replaced by the typed error (its cause). */
function viewed(error: unknown, facts: RequestFacts): unknown {
  const jss = fromMinioError(error, facts);
  if (jss === undefined) return error;
  return Object.isExtensible(error) ? attachJssView(error as object, jss) : jss;
}
