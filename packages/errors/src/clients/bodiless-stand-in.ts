// STAND-IN: replace with `bodilessCodeFor` from @jss/error-codes once the catalog carries
// per-operation defaults for bodiless responses. Same signature; delete this file then.
import { defaultCodeForStatus, type JssErrorCodeName } from '@jss/error-codes';

/** Operations whose bodiless 404 means the bucket, not an object, is missing. */
const BUCKET_OPERATION = /^(HeadBucket|ListObjects.*|GetBucket.*)$/;

/**
 * The code to assume for a response of `status` that has no body, given the S3 operation
 * (`HeadBucket`, `HeadObject`, …) when known: a HEAD Bucket 404 is NoSuchBucket, any other 404
 * NoSuchKey; other statuses take the catalog's default for the status.
 */
export function bodilessCodeFor(status: number, operation?: string): JssErrorCodeName | undefined {
  if (status === 404) return operation !== undefined && BUCKET_OPERATION.test(operation) ? 'NoSuchBucket' : 'NoSuchKey';
  return defaultCodeForStatus(status);
}
