import { InvalidArgumentError, NotImplementedError } from '@jss/errors';
import { header, type S3Request } from './reply.js';

/**
 * What the stand-in does with the checksum headers the AWS SDK v3 sends by default
 * (`x-amz-checksum-crc32`, `x-amz-sdk-checksum-algorithm`, or a trailing checksum named by
 * `x-amz-trailer`). The catalog gives them as a cause of both InvalidArgument and NotImplemented,
 * a claim no probe has confirmed, so they are accepted by default (`'accept'`); either code refuses
 * them as that catalog cause says.
 */
export type ChecksumHeaders = 'accept' | 'InvalidArgument' | 'NotImplemented';

const MODES: readonly ChecksumHeaders[] = ['accept', 'InvalidArgument', 'NotImplemented'];
const CHECKSUM_HEADER = /^x-amz-(checksum-(crc32|crc32c|crc64nvme|sha1|sha256)|sdk-checksum-algorithm)$/;

/** The option's value, or a clear error for one that is not a mode. */
export function checksumHeadersMode(value: ChecksumHeaders | undefined): ChecksumHeaders {
  if (value === undefined) return 'accept';
  if (!MODES.includes(value))
    throw new TypeError(`checksumHeaders: ${JSON.stringify(value)} is not one of ${MODES.join(', ')}`);
  return value;
}

/** Refuses a request that carries a checksum header, unless the mode accepts them. */
export function checkChecksumHeaders(request: S3Request, mode: ChecksumHeaders): void {
  if (mode === 'accept') return;
  const carries =
    Object.keys(request.headers).some((name) => CHECKSUM_HEADER.test(name)) ||
    /x-amz-checksum-/i.test(header(request, 'x-amz-trailer') ?? '');
  if (!carries) return;
  throw mode === 'InvalidArgument'
    ? new InvalidArgumentError({ resource: request.path })
    : new NotImplementedError({ resource: request.path });
}
