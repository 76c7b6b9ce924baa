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
  /** HEAD (no body): what the SDK names it. */
  readonly sdkHeadName: string;
  /** minio's `err.code`, or undefined when minio never reads the body of this status. */
  readonly minioCode: string | undefined;
  /** HEAD (no body): minio's `err.code`; '' for the empty code. */
  readonly minioHeadCode: string;
  /** What @jss/errors' adapters give: the class on GET, and what minio users get when it reads no body. */
  readonly adapterClass: string;
  readonly minioAdapterClass: string;
  /** The class a bodiless response of this status becomes (HEAD). */
  readonly headAdapterClass: string;
}

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
  const bodilessClass = classOfBodiless(model, status);
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
    headAdapterClass: bodilessClass,
  };
}

/** The class the adapters give a bodiless response of `status`: the catalog's default code for it. */
function classOfBodiless(model: CatalogModel, status: number): string {
  const code = model.statusDefaults.find((d) => d.httpStatus === status)?.code;
  return (code === undefined ? undefined : errorByCode(model, code))?.className ?? 'UnknownJssError';
}
