// STAND-IN: replace with the generated `bodilessCodeFor` exported by @jss/error-codes once the
// catalog carries per-operation defaults. Same signature; delete this file then.
import { defaultCodeForStatus, type JssErrorCodeName } from '@jss/error-codes';

/**
 * The code to assume for a response without a body, given its status and, when known, the S3
 * operation that produced it: a bodiless 404 from HeadBucket is NoSuchBucket, from anything
 * else NoSuchKey; other statuses take the catalog's default for the status.
 */
export function bodilessCodeFor(status: number, operation?: string): JssErrorCodeName | undefined {
  if (status === 404) return operation === 'HeadBucket' ? 'NoSuchBucket' : 'NoSuchKey';
  return defaultCodeForStatus(status);
}
