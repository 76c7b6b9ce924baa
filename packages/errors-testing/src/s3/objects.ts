import { InvalidArgumentError, NoSuchKeyError } from '@jss/errors';
import { existingBucket } from './buckets.js';
import { checkConditions, checkCopySourceConditions, checkWriteConditions, rangeOf } from './conditions.js';
import { partOf } from './part-number.js';
import { header, type OperationHandler, type Reply, type S3Request, xmlReply } from './reply.js';
import { type Bucket, Store, type StoredObject } from './store.js';
import { storedHeadersOf, withOverrides } from './stored-headers.js';
import { document, element } from './xml.js';

function existingObject(bucket: Bucket, request: S3Request): StoredObject {
  const key = request.key ?? '';
  const object = bucket.objects.get(key);
  if (object === undefined) throw new NoSuchKeyError({ key, resource: request.path });
  return object;
}

export function metadataOf(request: S3Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (name.startsWith('x-amz-meta-') && typeof value === 'string') out[name] = value;
  }
  return out;
}

/** What GET and HEAD answer about an object, `response-*` overrides applied. */
function objectHeaders(object: StoredObject, request: S3Request): Record<string, string | number> {
  const headers = {
    etag: object.etag,
    'last-modified': object.lastModified.toUTCString(),
    'content-type': object.contentType,
    'accept-ranges': 'bytes',
    ...object.headers,
    ...object.metadata,
  };
  return withOverrides(headers, request);
}

export const putObject: OperationHandler = (store, request) => {
  const bucket = existingBucket(store, request);
  const key = request.key ?? '';
  checkWriteConditions(request, bucket.objects.get(key));
  const contentType = header(request, 'content-type') ?? 'binary/octet-stream';
  const object = Store.object(request.body, contentType, metadataOf(request), storedHeadersOf(request));
  bucket.objects.set(key, object);
  return { status: 200, headers: { etag: object.etag } };
};

/** GET and HEAD: conditions first, then the part or range; HEAD gets GET's headers without the body. */
function readObject(store: Store, request: S3Request, withBody: boolean): Reply {
  const object = existingObject(existingBucket(store, request), request);
  if (checkConditions(request, object) === 'notModified')
    return { status: 304, headers: { etag: object.etag, 'last-modified': object.lastModified.toUTCString() } };
  const size = object.body.length;
  const part = partOf(request, object);
  // An empty part (of an empty object) is answered whole: no Content-Range can name zero bytes.
  const range = part === undefined ? rangeOf(request, size) : part.end < part.start ? undefined : part;
  const headers = objectHeaders(object, request);
  if (part?.count !== undefined) headers['x-amz-mp-parts-count'] = part.count;
  if (range === undefined)
    return { status: 200, headers: { ...headers, 'content-length': size }, body: withBody ? object.body : undefined };
  const bytes = object.body.subarray(range.start, range.end + 1);
  return {
    status: 206,
    headers: {
      ...headers,
      'content-length': bytes.length,
      'content-range': `bytes ${range.start}-${range.end}/${size}`,
    },
    body: withBody ? bytes : undefined,
  };
}

export const getObject: OperationHandler = (store, request) => readObject(store, request, true);
export const headObject: OperationHandler = (store, request) => readObject(store, request, false);

/** S3 answers 204 whether or not the key existed; only a missing bucket is an error. */
export const deleteObject: OperationHandler = (store, request) => {
  existingBucket(store, request).objects.delete(request.key ?? '');
  return { status: 204 };
};

/** `x-amz-copy-source` as `bucket/key`; one that is not valid percent-encoding is InvalidArgument. */
function decodedSource(request: S3Request): string {
  try {
    return decodeURIComponent(header(request, 'x-amz-copy-source') ?? '').replace(/^\//, '');
  } catch {
    throw new InvalidArgumentError({ resource: request.path });
  }
}

export const copyObject: OperationHandler = (store, request) => {
  const target = existingBucket(store, request);
  const source = decodedSource(request);
  const slash = source.indexOf('/');
  if (slash <= 0) throw new InvalidArgumentError({ resource: request.path });
  const sourceRequest = { ...request, bucket: source.slice(0, slash), key: source.slice(slash + 1).split('?')[0] };
  const original = existingObject(existingBucket(store, sourceRequest), sourceRequest);
  checkCopySourceConditions(request, original);
  checkWriteConditions(request, target.objects.get(request.key ?? ''));
  const replace = header(request, 'x-amz-metadata-directive') === 'REPLACE';
  const copy = Store.object(
    original.body,
    replace ? (header(request, 'content-type') ?? original.contentType) : original.contentType,
    replace ? metadataOf(request) : { ...original.metadata },
    replace ? storedHeadersOf(request) : { ...original.headers },
  );
  target.objects.set(request.key ?? '', copy);
  return xmlReply(
    document('CopyObjectResult', element('LastModified', copy.lastModified.toISOString()) + element('ETag', copy.etag)),
  );
};
