import type { CatalogModel, ErrorModel } from '../../model/types.js';
import { errorByCode } from './error-lookup.js';

/**
 * What the AWS SDK v3 and minio-js report for a code, derived from its status and the clients'
 * own rules (measured in packages/errors/README.md, "What each client does, per code", and
 * shared/design/s3-wire-notes.md), never written per code.
 */
export interface ClientFacts {
  /** GET with the XML body: the SDK's `err.name` is the code verbatim. */
  readonly sdkName: string;
  readonly sdkFault: 'client' | 'server';
  /** Whether the SDK's standard retry strategy alone retries it. */
  readonly sdkRetry: 'yes' | 'no' | 'clockSkew';
  /** HEAD (no body): what the SDK names it, whatever the operation. */
  readonly sdkHeadName: string;
  /** minio's `err.code`, or undefined when minio never reads the body of this status. */
  readonly minioCode: string | undefined;
  /** HEAD (no body): minio's `err.code`; '' for the empty code. */
  readonly minioHeadCode: string;
  /** What @jss/errors' adapters give: the class on GET, and what minio users get when it reads no body. */
  readonly adapterClass: string;
  readonly minioAdapterClass: string;
  /**
   * Per HEAD operation, the class its bodiless response of this status becomes: the adapters
   * name the operation (the SDK's command, minio's method), so the catalog's per-operation
   * default applies (HeadBucket 404 is NoSuchBucket, HeadObject 404 NoSuchKey).
   */
  readonly head: readonly {
    readonly operation: string;
    readonly adapterClass: string;
    /** minio's method for it returns false instead of throwing (bucketExists on a 404). */
    readonly minioReturnsFalse: boolean;
  }[];
}

/** S3's HEAD requests: the only operations whose error responses never have a body. */
export const HEAD_OPERATIONS = ['HeadObject', 'HeadBucket'] as const;
/** minio-js's `bucketExists` (HeadBucket) returns false, not an error, for these codes. */
const MINIO_BUCKET_MISSING_CODES = new Set(['NoSuchBucket', 'NotFound']);

/** Statuses minio-js never reads the body of (it throws `Retryable HTTP status: N`). */
const MINIO_UNREAD_STATUSES = new Set([408, 429, 499, 500, 502, 503, 504, 520]);
/** minio-js's names for bodiless responses; any other status gets an empty code. */
const MINIO_BODILESS: Readonly<Record<number, string>> = {
  301: 'PermanentRedirect',
  307: 'TemporaryRedirect',
  403: 'AccessDenied',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  501: 'MethodNotAllowed',
};
/** The SDK's standard strategy (@smithy/service-error-classification): throttling and transient names and statuses. */
const SDK_THROTTLING_NAMES = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
]);
const SDK_TRANSIENT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
const SDK_TRANSIENT_STATUSES = new Set([429, 500, 502, 503, 504]);
/** Names the SDK retries only after correcting its clock, when the server's Date is 4+ minutes off. */
const SDK_CLOCK_SKEW_NAMES = new Set([
  'AuthFailure',
  'InvalidSignatureException',
  'RequestExpired',
  'RequestInTheFuture',
  'RequestTimeTooSkewed',
  'SignatureDoesNotMatch',
]);

export function clientFacts(model: CatalogModel, error: ErrorModel): ClientFacts {
  const status = error.httpStatus;
  const bodilessClass = classOfBodiless(model, status, undefined);
  const unread = MINIO_UNREAD_STATUSES.has(status);
  return {
    sdkName: error.code,
    sdkFault: status >= 500 ? 'server' : 'client',
    sdkRetry:
      SDK_THROTTLING_NAMES.has(error.code) || SDK_TRANSIENT_NAMES.has(error.code) || SDK_TRANSIENT_STATUSES.has(status)
        ? 'yes'
        : SDK_CLOCK_SKEW_NAMES.has(error.code)
          ? 'clockSkew'
          : 'no',
    sdkHeadName: status === 404 ? 'NotFound' : 'Unknown',
    minioCode: unread ? undefined : error.code,
    minioHeadCode: MINIO_BODILESS[status] ?? '',
    adapterClass: error.className,
    minioAdapterClass: unread ? bodilessClass : error.className,
    head: HEAD_OPERATIONS.map((operation) => ({
      operation,
      adapterClass: classOfBodiless(model, status, operation),
      minioReturnsFalse: operation === 'HeadBucket' && MINIO_BUCKET_MISSING_CODES.has(MINIO_BODILESS[status] ?? ''),
    })),
  };
}

/**
 * The class the adapters give a bodiless response of `status` to `operation`: the catalog's
 * code for that operation and status, else its default code for the status (bodilessCodeFor).
 */
function classOfBodiless(model: CatalogModel, status: number, operation: string | undefined): string {
  const defaults = model.statusDefaults.find((d) => d.httpStatus === status);
  const code = defaults?.operations.find((o) => o.operation === operation)?.code ?? defaults?.code;
  return (code === undefined ? undefined : errorByCode(model, code))?.className ?? 'UnknownJssError';
}
