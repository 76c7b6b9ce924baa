import { s3Operations as allS3Operations } from '@jss/error-codes';
/**
 * The operations a request can be: every S3 operation (one list, `@jss/error-codes`'), and
 * `Unknown` for a sub-resource no operation has for that method. Knowing every operation keeps a
 * request the stand-in does not emulate from being taken for another one (DeleteObjectTagging is
 * not DeleteObject): it is answered NotImplemented instead.
 */
export const s3Operations: readonly [...typeof allS3Operations, 'Unknown'] = [...allS3Operations, 'Unknown'];

export type S3Operation = (typeof s3Operations)[number];

/** An operation, or a pair told apart by whether a query parameter is present (`?analytics&id=…` gets one). */
type Choice = S3Operation | { readonly ifParam: string; readonly with: S3Operation; readonly otherwise: S3Operation };
type ByMethod = Readonly<Partial<Record<string, Choice>>>;

const byId = (present: S3Operation, absent: S3Operation): Choice => ({
  ifParam: 'id',
  with: present,
  otherwise: absent,
});

/**
 * The query parameters that turn a bucket request into another operation (the S3 API's
 * sub-resources), in the order they are tested; a sub-resource with no operation for the method is
 * `Unknown`, never the plain bucket operation.
 */
const BUCKET_SUBRESOURCES: Readonly<Record<string, ByMethod>> = {
  delete: { POST: 'DeleteObjects' },
  uploads: { GET: 'ListMultipartUploads' },
  versions: { GET: 'ListObjectVersions' },
  location: { GET: 'GetBucketLocation' },
  abac: { GET: 'GetBucketAbac', PUT: 'PutBucketAbac' },
  accelerate: { GET: 'GetBucketAccelerateConfiguration', PUT: 'PutBucketAccelerateConfiguration' },
  acl: { GET: 'GetBucketAcl', PUT: 'PutBucketAcl' },
  analytics: {
    GET: byId('GetBucketAnalyticsConfiguration', 'ListBucketAnalyticsConfigurations'),
    PUT: 'PutBucketAnalyticsConfiguration',
    DELETE: 'DeleteBucketAnalyticsConfiguration',
  },
  cors: { GET: 'GetBucketCors', PUT: 'PutBucketCors', DELETE: 'DeleteBucketCors' },
  encryption: { GET: 'GetBucketEncryption', PUT: 'PutBucketEncryption', DELETE: 'DeleteBucketEncryption' },
  'intelligent-tiering': {
    GET: byId('GetBucketIntelligentTieringConfiguration', 'ListBucketIntelligentTieringConfigurations'),
    PUT: 'PutBucketIntelligentTieringConfiguration',
    DELETE: 'DeleteBucketIntelligentTieringConfiguration',
  },
  inventory: {
    GET: byId('GetBucketInventoryConfiguration', 'ListBucketInventoryConfigurations'),
    PUT: 'PutBucketInventoryConfiguration',
    DELETE: 'DeleteBucketInventoryConfiguration',
  },
  lifecycle: {
    GET: 'GetBucketLifecycleConfiguration',
    PUT: 'PutBucketLifecycleConfiguration',
    DELETE: 'DeleteBucketLifecycle',
  },
  logging: { GET: 'GetBucketLogging', PUT: 'PutBucketLogging' },
  metadataConfiguration: {
    GET: 'GetBucketMetadataConfiguration',
    POST: 'CreateBucketMetadataConfiguration',
    DELETE: 'DeleteBucketMetadataConfiguration',
  },
  metadataTable: {
    GET: 'GetBucketMetadataTableConfiguration',
    POST: 'CreateBucketMetadataTableConfiguration',
    DELETE: 'DeleteBucketMetadataTableConfiguration',
  },
  metadataAnnotationTable: { PUT: 'UpdateBucketMetadataAnnotationTableConfiguration' },
  metadataInventoryTable: { PUT: 'UpdateBucketMetadataInventoryTableConfiguration' },
  metadataJournalTable: { PUT: 'UpdateBucketMetadataJournalTableConfiguration' },
  metrics: {
    GET: byId('GetBucketMetricsConfiguration', 'ListBucketMetricsConfigurations'),
    PUT: 'PutBucketMetricsConfiguration',
    DELETE: 'DeleteBucketMetricsConfiguration',
  },
  notification: { GET: 'GetBucketNotificationConfiguration', PUT: 'PutBucketNotificationConfiguration' },
  'object-lock': { GET: 'GetObjectLockConfiguration', PUT: 'PutObjectLockConfiguration' },
  ownershipControls: {
    GET: 'GetBucketOwnershipControls',
    PUT: 'PutBucketOwnershipControls',
    DELETE: 'DeleteBucketOwnershipControls',
  },
  policy: { GET: 'GetBucketPolicy', PUT: 'PutBucketPolicy', DELETE: 'DeleteBucketPolicy' },
  policyStatus: { GET: 'GetBucketPolicyStatus' },
  publicAccessBlock: { GET: 'GetPublicAccessBlock', PUT: 'PutPublicAccessBlock', DELETE: 'DeletePublicAccessBlock' },
  replication: { GET: 'GetBucketReplication', PUT: 'PutBucketReplication', DELETE: 'DeleteBucketReplication' },
  requestPayment: { GET: 'GetBucketRequestPayment', PUT: 'PutBucketRequestPayment' },
  session: { GET: 'CreateSession' },
  tagging: { GET: 'GetBucketTagging', PUT: 'PutBucketTagging', DELETE: 'DeleteBucketTagging' },
  versioning: { GET: 'GetBucketVersioning', PUT: 'PutBucketVersioning' },
  website: { GET: 'GetBucketWebsite', PUT: 'PutBucketWebsite', DELETE: 'DeleteBucketWebsite' },
};

const BUCKET_PLAIN: ByMethod = {
  GET: { ifParam: 'list-type', with: 'ListObjectsV2', otherwise: 'ListObjects' },
  PUT: 'CreateBucket',
  DELETE: 'DeleteBucket',
  HEAD: 'HeadBucket',
  POST: 'PostObject',
};

/** The same for object requests; `uploadId` (a multipart upload's parts) is tested first. */
const OBJECT_SUBRESOURCES: Readonly<Record<string, ByMethod>> = {
  uploadId: {
    GET: 'ListParts',
    PUT: 'UploadPart',
    POST: 'CompleteMultipartUpload',
    DELETE: 'AbortMultipartUpload',
  },
  uploads: { POST: 'CreateMultipartUpload' },
  acl: { GET: 'GetObjectAcl', PUT: 'PutObjectAcl' },
  annotation: {
    GET: { ifParam: 'annotationName', with: 'GetObjectAnnotation', otherwise: 'ListObjectAnnotations' },
    PUT: 'PutObjectAnnotation',
    DELETE: 'DeleteObjectAnnotation',
  },
  attributes: { GET: 'GetObjectAttributes' },
  encryption: { PUT: 'UpdateObjectEncryption' },
  'legal-hold': { GET: 'GetObjectLegalHold', PUT: 'PutObjectLegalHold' },
  renameObject: { PUT: 'RenameObject' },
  restore: { POST: 'RestoreObject' },
  retention: { GET: 'GetObjectRetention', PUT: 'PutObjectRetention' },
  select: { POST: 'SelectObjectContent' },
  tagging: { GET: 'GetObjectTagging', PUT: 'PutObjectTagging', DELETE: 'DeleteObjectTagging' },
  torrent: { GET: 'GetObjectTorrent' },
};

const OBJECT_PLAIN: ByMethod = {
  GET: 'GetObject',
  HEAD: 'HeadObject',
  PUT: 'PutObject',
  DELETE: 'DeleteObject',
};

/** What a request addresses, as S3 decides it: method, bucket, key and query parameters. */
export interface OperationInput {
  readonly method: string;
  readonly bucket: string | undefined;
  readonly key: string | undefined;
  readonly query: URLSearchParams;
  readonly copySource: boolean;
}

/** The S3 operation of a request; `Unknown` for a combination S3 has no operation for. */
export function operationOf({ method, bucket, key, query, copySource }: OperationInput): S3Operation {
  if (bucket === undefined) return method === 'GET' ? 'ListBuckets' : 'Unknown';
  // WriteGetObjectResponse (S3 Object Lambda) is the one operation addressed by a fixed path, not a bucket.
  if (method === 'POST' && bucket === 'WriteGetObjectResponse' && key === undefined) return 'WriteGetObjectResponse';
  if (key === undefined) return decide(BUCKET_SUBRESOURCES, BUCKET_PLAIN, method, query);
  const operation = decide(OBJECT_SUBRESOURCES, OBJECT_PLAIN, method, query);
  if (!copySource) return operation;
  return operation === 'PutObject' ? 'CopyObject' : operation === 'UploadPart' ? 'UploadPartCopy' : operation;
}

function decide(
  subresources: Readonly<Record<string, ByMethod>>,
  plain: ByMethod,
  method: string,
  query: URLSearchParams,
): S3Operation {
  for (const [name, byMethod] of Object.entries(subresources)) {
    if (query.has(name)) return choose(byMethod[method], query);
  }
  return choose(plain[method], query);
}

function choose(choice: Choice | undefined, query: URLSearchParams): S3Operation {
  if (choice === undefined) return 'Unknown';
  if (typeof choice === 'string') return choice;
  return query.has(choice.ifParam) ? choice.with : choice.otherwise;
}
