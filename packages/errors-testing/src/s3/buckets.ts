import {
  BucketAlreadyOwnedByYouError,
  BucketNotEmptyError,
  InvalidBucketNameError,
  NoSuchBucketError,
} from '@jss/errors';
import { isValidBucketName } from './bucket-name.js';
import { type OperationHandler, type S3Request, xmlReply } from './reply.js';
import type { Bucket, Store } from './store.js';
import { document, element } from './xml.js';

/** The bucket a request addresses; NoSuchBucket when it does not exist. */
export function existingBucket(store: Store, request: S3Request): Bucket {
  const name = request.bucket ?? '';
  const bucket = store.buckets.get(name);
  if (bucket === undefined) throw new NoSuchBucketError({ bucket: name, resource: request.path });
  return bucket;
}

/** The one account of the stand-in: owner of every bucket and object. */
export const OWNER: string = `<Owner>${element('ID', 'jss-mock')}${element('DisplayName', 'jss-mock')}</Owner>`;

export const listBuckets: OperationHandler = (store) => {
  let buckets = '';
  for (const [name, bucket] of store.buckets) {
    buckets += `<Bucket>${element('Name', name)}${element('CreationDate', bucket.created.toISOString())}</Bucket>`;
  }
  return xmlReply(document('ListAllMyBucketsResult', `${OWNER}<Buckets>${buckets}</Buckets>`));
};

export const createBucket: OperationHandler = (store, request, settings) => {
  const name = request.bucket ?? '';
  if (!isValidBucketName(name, settings.bucketNames))
    throw new InvalidBucketNameError({ bucket: name, resource: request.path });
  if (store.buckets.has(name)) throw new BucketAlreadyOwnedByYouError({ bucket: name, resource: request.path });
  store.createBucket(name);
  return { status: 200, headers: { location: `/${name}` } };
};

/** BucketNotEmpty while objects remain; its `multipartUploads` variant while only uploads remain. */
export const deleteBucket: OperationHandler = (store, request) => {
  const bucket = existingBucket(store, request);
  const name = request.bucket ?? '';
  if (bucket.objects.size > 0) throw new BucketNotEmptyError({ bucket: name, resource: request.path });
  if (bucket.uploads.size > 0)
    throw new BucketNotEmptyError({ bucket: name, variant: 'multipartUploads', resource: request.path });
  store.buckets.delete(name);
  return { status: 204 };
};

export const headBucket: OperationHandler = (store, request) => {
  existingBucket(store, request);
  return { status: 200, headers: { 'x-amz-bucket-region': 'us-east-1' } };
};

export const getBucketLocation: OperationHandler = (store, request) => {
  existingBucket(store, request);
  return xmlReply(`${document('LocationConstraint', '')}`);
};
