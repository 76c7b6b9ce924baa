/**
 * The S3 operations JSS serves, named as the AWS SDK names its commands without `Command`
 * (`PostObject`, the browser form upload, has no SDK command). The catalog's
 * `statusDefaults[].operations`, the client adapters and the stand-in use these names.
 */
export const S3_OPERATIONS = [
  'ListBuckets',
  'CreateBucket',
  'DeleteBucket',
  'HeadBucket',
  'ListObjects',
  'ListObjectsV2',
  'ListObjectVersions',
  'ListMultipartUploads',
  'GetBucketLocation',
  'GetBucketAcl',
  'PutBucketAcl',
  'GetBucketVersioning',
  'PutBucketVersioning',
  'GetBucketCors',
  'PutBucketCors',
  'DeleteBucketCors',
  'GetBucketWebsite',
  'PutBucketWebsite',
  'DeleteBucketWebsite',
  'GetBucketPolicy',
  'PutBucketPolicy',
  'DeleteBucketPolicy',
  'GetBucketLifecycleConfiguration',
  'PutBucketLifecycleConfiguration',
  'DeleteBucketLifecycle',
  'GetBucketReplication',
  'PutBucketReplication',
  'DeleteBucketReplication',
  'DeleteObjects',
  'PostObject',
  'GetObject',
  'HeadObject',
  'PutObject',
  'CopyObject',
  'DeleteObject',
  'GetObjectAcl',
  'PutObjectAcl',
  'RestoreObject',
  'CreateMultipartUpload',
  'UploadPart',
  'UploadPartCopy',
  'CompleteMultipartUpload',
  'AbortMultipartUpload',
  'ListParts',
] as const;

/** An S3 operation name: `'HeadBucket'`, `'GetObject'`, … */
export type S3OperationName = (typeof S3_OPERATIONS)[number];

/**
 * The parameter type of an API that takes an operation, `S` being inferred from the argument:
 * `function f<S extends string>(operation: S3OperationInput<S>)`. A literal must be an S3
 * operation (`'HeadBuckt'` is a compile error, and editors complete the names); an operation
 * held in a `string` (a command's name at run time) is accepted as it is.
 */
export type S3OperationInput<S extends string> = S extends S3OperationName ? S : string extends S ? S : S3OperationName;
