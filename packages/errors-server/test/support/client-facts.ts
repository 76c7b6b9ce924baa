// What each S3 client reports when it cannot read a code from the body. These are facts about
// the clients (see /work/shared/design/s3-wire-notes.md and the sources cited), asserted by the
// conformance test so that a client upgrade that changes them fails loudly.

/**
 * @aws-sdk/client-s3 with no body (HEAD): `NotFound` for 404, `Unknown` for any other status
 * (@aws-sdk/core's protocol error deserializer falls back on the status).
 */
export function awsNameWithoutBody(status: number): string {
  return status === 404 ? 'NotFound' : 'Unknown';
}

/**
 * minio 8 never reads the body of these statuses: `requestWithRetry` turns them into
 * `Error('Retryable HTTP status: N')` before the response is parsed
 * (minio/dist/esm/internal/request.mjs, `retryHttpCodes`).
 */
const MINIO_RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 499, 500, 502, 503, 504, 520]);

export function minioNeverReadsBody(status: number): boolean {
  return MINIO_RETRYABLE_STATUSES.has(status);
}

/** minio 8's code for a bodiless error (`parseResponseError` in internal/xml-parser.mjs). */
export function minioCodeWithoutBody(status: number): string {
  switch (status) {
    case 301:
      return 'MovedPermanently';
    case 307:
      return 'TemporaryRedirect';
    case 403:
      return 'AccessDenied';
    case 404:
      return 'NotFound';
    case 405:
    case 501:
      return 'MethodNotAllowed';
    case 503:
      return 'SlowDown';
    default:
      return '';
  }
}
