import type { JssErrorCodeName } from './generated/codes.js';
import { codeForOperationStatus, codeForStatus } from './generated/status-defaults.js';
import type { S3OperationInput } from './s3-operations.js';

/**
 * The code a client should assume for a response of `status` that has no body (HEAD, a proxy
 * that dropped it), as the catalog decides. Given the S3 operation (`'HeadBucket'`, `'HeadObject'`,
 * … as the AWS SDK names commands without `Command`), the operation's own default wins: HEAD
 * Bucket 404 is NoSuchBucket, HEAD Object 404 is NoSuchKey. Undefined for a status no JSS code uses.
 * A literal operation must be an S3 operation (`'HeadBuckt'` does not compile); a `string` is taken as is.
 */
export function bodilessCodeFor<S extends string = string>(
  status: number,
  operation?: S3OperationInput<S>,
): JssErrorCodeName | undefined {
  if (operation !== undefined && Object.hasOwn(codeForOperationStatus, operation)) {
    const byStatus = codeForOperationStatus[operation]!;
    if (Object.hasOwn(byStatus, status)) return byStatus[status as keyof typeof byStatus];
  }
  return Object.hasOwn(codeForStatus, status) ? codeForStatus[status as keyof typeof codeForStatus] : undefined;
}
