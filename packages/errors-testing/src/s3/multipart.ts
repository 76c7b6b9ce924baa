import {
  EntityTooSmallError,
  InvalidPartError,
  InvalidPartOrderError,
  NoSuchUploadError,
  TooManyPartsError,
} from '@jss/errors';
import { existingBucket } from './buckets.js';
import { checkWriteConditions } from './conditions.js';
import { metadataOf } from './objects.js';
import { header, type OperationHandler, type Reply, type S3Request, xmlReply } from './reply.js';
import { type Bucket, md5, Store, type Upload } from './store.js';
import { storedHeadersOf } from './stored-headers.js';
import { document, element, elementValues, requestDocument } from './xml.js';

/** S3's minimum size of every part but the last. */
const MIN_PART_SIZE = 5 * 1024 * 1024;
/** The highest part number S3 and JD Cloud's Upload Part documentation accept. */
const MAX_PART_NUMBER = 10_000;

function existingUpload(bucket: Bucket, request: S3Request): { id: string; upload: Upload } {
  const id = request.query.get('uploadId') ?? '';
  const upload = bucket.uploads.get(id);
  if (upload === undefined || upload.key !== request.key)
    throw new NoSuchUploadError({ uploadId: id, resource: request.path });
  return { id, upload };
}

export const createMultipartUpload: OperationHandler = (store, request) => {
  const bucket = existingBucket(store, request);
  const id = Store.newUploadId();
  bucket.uploads.set(id, {
    key: request.key ?? '',
    initiated: new Date(),
    parts: new Map(),
    contentType: header(request, 'content-type') ?? 'binary/octet-stream',
    metadata: metadataOf(request),
    headers: storedHeadersOf(request),
  });
  const inner = element('Bucket', request.bucket ?? '') + element('Key', request.key ?? '') + element('UploadId', id);
  return xmlReply(document('InitiateMultipartUploadResult', inner));
};

export const uploadPart: OperationHandler = (store, request) => {
  const { id, upload } = existingUpload(existingBucket(store, request), request);
  const partNumber = Number(request.query.get('partNumber'));
  if (Number.isInteger(partNumber) && partNumber > MAX_PART_NUMBER)
    throw new TooManyPartsError({ maxParts: MAX_PART_NUMBER, resource: request.path });
  if (!Number.isInteger(partNumber) || partNumber < 1)
    throw new InvalidPartError({ partNumber: 0, uploadId: id, resource: request.path });
  const etag = `"${md5(request.body).toString('hex')}"`;
  upload.parts.set(partNumber, { body: request.body, etag });
  return { status: 200, headers: { etag } };
};

/**
 * Parts must be listed in ascending order, each uploaded with that ETag, all but the last ≥ 5 MiB.
 * As S3 does, the order of the whole list is checked before any part is looked at.
 */
export const completeMultipartUpload: OperationHandler = (store, request) => {
  const bucket = existingBucket(store, request);
  const done = bucket.completed.get(request.query.get('uploadId') ?? '');
  if (done !== undefined && done.key === request.key) return completed(request, done.key, done.etag);
  const { id, upload } = existingUpload(bucket, request);
  checkWriteConditions(request, bucket.objects.get(upload.key));
  const xml = requestDocument(request);
  const numbers = elementValues(xml, 'PartNumber', request.path).map(Number);
  const etags = elementValues(xml, 'ETag', request.path);
  const bodies: Buffer[] = [];
  const digests: Buffer[] = [];
  if (numbers.some((n, i) => i > 0 && n <= numbers[i - 1]!))
    throw new InvalidPartOrderError({ resource: request.path });
  numbers.forEach((n, i) => {
    const part = upload.parts.get(n);
    const etag = etags[i]?.replace(/^"?/, '"').replace(/"?$/, '"');
    if (part === undefined || etag !== part.etag)
      throw new InvalidPartError({ partNumber: n, uploadId: id, etag: etags[i], resource: request.path });
    if (i < numbers.length - 1 && part.body.length < MIN_PART_SIZE)
      throw new EntityTooSmallError({
        proposedSize: part.body.length,
        minSizeAllowed: MIN_PART_SIZE,
        resource: request.path,
      });
    bodies.push(part.body);
    digests.push(Buffer.from(part.etag.slice(1, -1), 'hex'));
  });
  if (numbers.length === 0) throw new InvalidPartError({ partNumber: 0, uploadId: id, resource: request.path });
  const object = Store.object(Buffer.concat(bodies), upload.contentType, { ...upload.metadata }, { ...upload.headers });
  const etag = `"${md5(Buffer.concat(digests)).toString('hex')}-${numbers.length}"`;
  bucket.objects.set(upload.key, { ...object, etag, partSizes: bodies.map((body) => body.length) });
  bucket.uploads.delete(id);
  bucket.completed.set(id, { key: upload.key, etag });
  return completed(request, upload.key, etag);
};

function completed(request: S3Request, key: string, etag: string): Reply {
  const inner =
    element('Location', request.path) +
    element('Bucket', request.bucket ?? '') +
    element('Key', key) +
    element('ETag', etag);
  return xmlReply(document('CompleteMultipartUploadResult', inner));
}

export const abortMultipartUpload: OperationHandler = (store, request) => {
  const bucket = existingBucket(store, request);
  const { id } = existingUpload(bucket, request);
  bucket.uploads.delete(id);
  return { status: 204 };
};

export const listParts: OperationHandler = (store, request) => {
  const { id, upload } = existingUpload(existingBucket(store, request), request);
  let parts = '';
  for (const [n, part] of [...upload.parts].sort((a, b) => a[0] - b[0])) {
    parts += `<Part>${element('PartNumber', n)}${element('ETag', part.etag)}${element('Size', part.body.length)}</Part>`;
  }
  const inner =
    element('Bucket', request.bucket ?? '') +
    element('Key', upload.key) +
    element('UploadId', id) +
    element('IsTruncated', false) +
    parts;
  return xmlReply(document('ListPartsResult', inner));
};

export const listMultipartUploads: OperationHandler = (store, request) => {
  const bucket = existingBucket(store, request);
  let uploads = '';
  for (const [id, upload] of bucket.uploads) {
    uploads += `<Upload>${element('Key', upload.key)}${element('UploadId', id)}${element('Initiated', upload.initiated.toISOString())}</Upload>`;
  }
  const inner = element('Bucket', request.bucket ?? '') + element('IsTruncated', false) + uploads;
  return xmlReply(document('ListMultipartUploadsResult', inner));
};
