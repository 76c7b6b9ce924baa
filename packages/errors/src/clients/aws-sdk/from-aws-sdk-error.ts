import type { S3OperationName } from '@jss/error-codes';
import type { JssError } from '../../jss-error.js';
import { bodilessRetryCodeFor } from '../../retry/retry-decision.js';
import { attachRetryReport } from '../../retry/retry-options.js';
import { withCauseStack } from '../../stack/source-stack.js';
import { headerValue } from '../../parse/headers.js';
import { buildJssError, memberText, type WireReader } from '../build-error.js';
import type { ResponseMetadata, SdkHttpResponse } from './sdk-shapes.js';

/** What the SDK puts on a service error, as far as the adapter reads it. */
export interface SdkErrorLike {
  name?: string;
  message?: string;
  Code?: string;
  Resource?: string;
  RequestId?: string;
  HostId?: string;
  $fault?: 'client' | 'server';
  $metadata?: ResponseMetadata;
  $response?: SdkHttpResponse;
}

/** Names the SDK gives a bodiless response: they say nothing about the code. */
const BODILESS_NAMES = new Set(['NotFound', 'Unknown']);

/** The SDK's input fields that fill placeholders. */
const INPUT_PARAMS: Readonly<Record<string, string>> = {
  Bucket: 'bucket',
  Key: 'key',
  UploadId: 'uploadId',
  Range: 'range',
  PartNumber: 'partNumber',
};

/** An S3 command's name, with or without `Command`. */
type S3CommandName = S3OperationName | `${S3OperationName}Command`;

/** A literal must name an S3 command (`'GetObjct'` does not compile); a `string` is taken as is. */
export type S3CommandNameInput<S extends string> = S extends S3CommandName ? S : string extends S ? S : S3CommandName;

/** What a caller may tell {@link fromAwsSdkError} about the command that failed. */
export interface AwsCommandContext<S extends string = string> {
  /** The command's input (`{ Bucket, Key }`): fills `{bucket}`/`{key}`. */
  readonly input?: object;
  /** `GetObjectCommand` or `GetObject`: decides bodiless 404s (HeadBucket → NoSuchBucket). */
  readonly commandName?: S3CommandNameInput<S>;
}

/** What the plugin adds to a command's context: the status that came over the wire. */
export interface SdkErrorContext extends AwsCommandContext {
  /**
   * The status as received. The SDK reports an error inside a 200 (CopyObject,
   * CompleteMultipartUpload) with `$metadata.httpStatusCode` 503; the JSS view keeps the 200.
   */
  readonly wireStatus?: number;
}

/**
 * The typed JSS error for an error an S3 command rejected with, or undefined when it did not come
 * from an HTTP response (a socket error, a bad argument), so callers can rethrow it unchanged.
 * Nothing is lost: `$metadata`, `$fault`, `$response` and every body field (`Code`, `Resource`,
 * …) are copied over, the SDK error is the `cause`.
 */
export function fromAwsSdkError<S extends string = string>(
  error: unknown,
  context: AwsCommandContext<S> = {},
): JssError<string> | undefined {
  const jss = jssErrorOfSdk(error, context as AwsCommandContext);
  if (jss !== undefined) copySdkFields(jss, error as SdkErrorLike);
  return jss;
}

/**
 * The JSS error of the code an SDK error stands for, without the SDK's fields: what the plugin
 * attaches to the SDK's own error and what the retry strategy decides on.
 */
export function jssErrorOfSdk(error: unknown, context: SdkErrorContext = {}): JssError<string> | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const sdk = error as SdkErrorLike;
  const status = context.wireStatus ?? sdk.$metadata?.httpStatusCode ?? sdk.$response?.statusCode;
  if (status === undefined) return undefined;
  return withCauseStack(convert, { sdk, status, context });
}

/** The conversion proper, for an error that came from a response. */
function convert({ sdk, status, context }: { sdk: SdkErrorLike; status: number; context: AwsCommandContext }) {
  const name = context.commandName;
  const operation = name?.endsWith('Command') ? name.slice(0, -7) : name;
  const code = receivedCodeOf(sdk, status, operation);
  const jss = buildJssError({
    operation,
    params: paramsOfInput(context.input),
    code,
    message: code === undefined ? undefined : sdk.message,
    resource: sdk.Resource,
    requestId: sdk.$metadata?.requestId ?? sdk.RequestId,
    hostId: sdk.$metadata?.extendedRequestId ?? sdk.HostId,
    status,
    cause: sdk,
    wire: wireOf(sdk),
  });
  return jss;
}

/**
 * The SDK copies every child of `<Error>` onto its exception under the element's name (its
 * `decorateServiceException`), a modeled member there too, and keeps the headers on `$response`.
 */
function wireOf(sdk: SdkErrorLike): WireReader {
  return {
    element: (name) => memberText(sdk, name),
    header: (name) => headerValue(sdk.$response?.headers, name, true),
  };
}

/**
 * The code an SDK error carries, as received: `Code` is the body's; a modeled class has the code
 * only as its name. A plain `Error` is what the SDK throws for a body it could not parse: no code
 * then. Without a body, a `Retry-After` may still say which code it was (a HEAD's SlowDown).
 */
export function receivedCodeOf(sdk: SdkErrorLike, status: number, operation?: string): string | undefined {
  return (
    sdk.Code ??
    (sdk.$fault !== undefined && sdk.name !== undefined && !BODILESS_NAMES.has(sdk.name) ? sdk.name : undefined) ??
    bodilessRetryCodeFor(status, operation, sdk.$response?.headers)
  );
}

/** Placeholder values the command's input supplies (`Bucket` → `bucket`, …). */
function paramsOfInput(input: object | undefined): Record<string, unknown> | undefined {
  if (input === undefined) return undefined;
  const params: Record<string, unknown> = {};
  const fields = input as Record<string, unknown>;
  for (const field in INPUT_PARAMS)
    if (fields[field] !== undefined) params[INPUT_PARAMS[field] as string] = fields[field];
  return params;
}

/** Copies the SDK's fields that the JSS error does not already have a meaning for. */
function copySdkFields(target: JssError<string>, sdk: SdkErrorLike): void {
  const self = target as unknown as Record<string, unknown>;
  const source = sdk as Record<string, unknown>;
  // Own enumerable fields: `$metadata`, `$fault`, `$retryable` and the body's (`Code`, `Resource`…).
  for (const key of Object.keys(source)) {
    if (key !== 'name' && key !== 'message' && !(key in target)) self[key] = source[key];
  }
  // `$response` holds the raw body stream; keep it reachable but out of logs and JSON.
  if (sdk.$response !== undefined) {
    Object.defineProperty(target, '$response', { value: sdk.$response, configurable: true, writable: true });
  }
  reportRetries(target, sdk);
}

/** What the SDK's retries cost, as `error.retry` (non-enumerable: logs and JSON stay as they were). */
export function reportRetries(target: object, sdk: { $metadata?: ResponseMetadata }): void {
  const attempts = sdk.$metadata?.attempts;
  if (attempts !== undefined)
    attachRetryReport(target, { attempts, totalDelayMs: sdk.$metadata?.totalRetryDelay ?? 0 });
}
