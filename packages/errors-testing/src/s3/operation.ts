/**
 * S3 operation names as the AWS SDK names commands (without `Command`), the names the catalog's
 * `statusDefaults[].operations` and `codeForOperationStatus` use.
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
  'Unknown',
] as const;

export type S3Operation = (typeof S3_OPERATIONS)[number];

/** Bucket subresources: the query parameter that turns a bucket request into another operation. */
const BUCKET_SUBRESOURCES: Readonly<Record<string, Partial<Record<string, S3Operation>>>> = {
  acl: { GET: 'GetBucketAcl', PUT: 'PutBucketAcl' },
  versioning: { GET: 'GetBucketVersioning', PUT: 'PutBucketVersioning' },
  versions: { GET: 'ListObjectVersions' },
  uploads: { GET: 'ListMultipartUploads' },
  location: { GET: 'GetBucketLocation' },
  cors: { GET: 'GetBucketCors', PUT: 'PutBucketCors', DELETE: 'DeleteBucketCors' },
  website: { GET: 'GetBucketWebsite', PUT: 'PutBucketWebsite', DELETE: 'DeleteBucketWebsite' },
  policy: { GET: 'GetBucketPolicy', PUT: 'PutBucketPolicy', DELETE: 'DeleteBucketPolicy' },
  lifecycle: {
    GET: 'GetBucketLifecycleConfiguration',
    PUT: 'PutBucketLifecycleConfiguration',
    DELETE: 'DeleteBucketLifecycle',
  },
  replication: { GET: 'GetBucketReplication', PUT: 'PutBucketReplication', DELETE: 'DeleteBucketReplication' },
  delete: { POST: 'DeleteObjects' },
};

const BUCKET_PLAIN: Partial<Record<string, S3Operation>> = {
  PUT: 'CreateBucket',
  DELETE: 'DeleteBucket',
  HEAD: 'HeadBucket',
  POST: 'PostObject',
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
  if (key === undefined) return bucketOperation(method, query);
  return objectOperation(method, query, copySource);
}

function bucketOperation(method: string, query: URLSearchParams): S3Operation {
  for (const [name, byMethod] of Object.entries(BUCKET_SUBRESOURCES)) {
    if (query.has(name)) return byMethod[method] ?? 'Unknown';
  }
  if (method === 'GET') return query.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects';
  return BUCKET_PLAIN[method] ?? 'Unknown';
}

function objectOperation(method: string, query: URLSearchParams, copySource: boolean): S3Operation {
  const upload = query.has('uploadId');
  switch (method) {
    case 'GET':
      if (upload) return 'ListParts';
      return query.has('acl') ? 'GetObjectAcl' : 'GetObject';
    case 'HEAD':
      return 'HeadObject';
    case 'PUT':
      if (upload && query.has('partNumber')) return copySource ? 'UploadPartCopy' : 'UploadPart';
      if (query.has('acl')) return 'PutObjectAcl';
      return copySource ? 'CopyObject' : 'PutObject';
    case 'POST':
      if (query.has('uploads')) return 'CreateMultipartUpload';
      if (upload) return 'CompleteMultipartUpload';
      return query.has('restore') ? 'RestoreObject' : 'Unknown';
    case 'DELETE':
      return upload ? 'AbortMultipartUpload' : 'DeleteObject';
    default:
      return 'Unknown';
  }
}
