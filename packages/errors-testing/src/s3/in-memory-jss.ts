import { NotImplementedError } from '@jss/errors';
import { createBucket, deleteBucket, getBucketLocation, headBucket, listBuckets } from './buckets.js';
import { checkChecksumHeaders } from './checksum-headers.js';
import { checkContentMd5 } from './content-md5.js';
import { deleteObjects } from './delete-objects.js';
import { listObjects, listObjectsV2 } from './listing.js';
import {
  abortMultipartUpload,
  completeMultipartUpload,
  createMultipartUpload,
  listMultipartUploads,
  listParts,
  uploadPart,
} from './multipart.js';
import { copyObject, deleteObject, getObject, headObject, putObject } from './objects.js';
import type { S3Operation } from './operation.js';
import type { OperationHandler, Reply, S3Request, Settings } from './reply.js';
import type { Store } from './store.js';

/** The operations the stand-in performs; any other answers NotImplemented unless a rule answers it. */
const HANDLERS: Partial<Record<S3Operation, OperationHandler>> = {
  ListBuckets: listBuckets,
  CreateBucket: createBucket,
  DeleteBucket: deleteBucket,
  HeadBucket: headBucket,
  GetBucketLocation: getBucketLocation,
  ListObjects: listObjects,
  ListObjectsV2: listObjectsV2,
  GetObject: getObject,
  HeadObject: headObject,
  PutObject: putObject,
  CopyObject: copyObject,
  DeleteObject: deleteObject,
  DeleteObjects: deleteObjects,
  CreateMultipartUpload: createMultipartUpload,
  UploadPart: uploadPart,
  CompleteMultipartUpload: completeMultipartUpload,
  AbortMultipartUpload: abortMultipartUpload,
  ListParts: listParts,
  ListMultipartUploads: listMultipartUploads,
};

/** The operations answered without a rule. */
export const supportedOperations = Object.keys(HANDLERS) as S3Operation[];

/**
 * Performs a request on the store; a JSS error is thrown as its JssError. A request it does not
 * emulate (another operation, or a version of an object: the stand-in keeps none) is
 * NotImplemented and changes nothing.
 */
export function performS3(store: Store, request: S3Request, settings: Settings): Reply {
  const handler = HANDLERS[request.operation];
  const version = request.query.get('versionId');
  if (handler === undefined || (version !== null && version !== 'null'))
    throw new NotImplementedError({ resource: request.path });
  checkChecksumHeaders(request, settings.checksumHeaders);
  checkContentMd5(request);
  return handler(store, request, settings);
}
