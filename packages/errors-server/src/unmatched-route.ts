import { MethodNotAllowedError, NoSuchBucketError, NoSuchKeyError } from '@jss/errors';

/**
 * The error for a request no route matched, named after what the path addresses, as a bucket API
 * answers: `/bucket` or `/bucket/` → NoSuchBucket, `/bucket/key…` → NoSuchKey (both 404), and
 * the service root `/` → MethodNotAllowed (405), since a bare root can only be a wrong operation.
 */
export function unmatchedRouteError(
  path: string | undefined,
): MethodNotAllowedError | NoSuchBucketError | NoSuchKeyError {
  const segments = (path ?? '/').split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return new MethodNotAllowedError();
  if (segments.length === 1) return new NoSuchBucketError();
  return new NoSuchKeyError();
}
