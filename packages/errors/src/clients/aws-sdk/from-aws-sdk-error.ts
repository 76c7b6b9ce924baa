import { withCauseStack } from '../../stack/source-stack.js';
import type { JssError } from '../../jss-error.js';
import { buildJssError } from '../build-error.js';
import type { ResponseMetadata, SdkHttpResponse } from './sdk-shapes.js';

/** What the SDK puts on a service error, as far as the adapter reads it. */
interface SdkErrorLike {
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

/** What a caller may tell {@link fromAwsSdkError} about the command that failed. */
export interface AwsCommandContext {
  /** The command's input (`{ Bucket, Key }`): fills `{bucket}`/`{key}`. */
  readonly input?: object;
  /** `GetObjectCommand` or `GetObject`: decides bodiless 404s (HeadBucket → NoSuchBucket). */
  readonly commandName?: string;
}

/**
 * The typed JSS error for an error an S3 command rejected with, or undefined when it did not come
 * from an HTTP response (a socket error, a bad argument), so callers can rethrow it unchanged.
 * Nothing is lost: `$metadata`, `$fault`, `$response` and every body field (`Code`, `Resource`,
 * …) are copied over, the SDK error is the `cause`.
 */
export function fromAwsSdkError(error: unknown, context: AwsCommandContext = {}): JssError<string> | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const sdk = error as SdkErrorLike;
  const status = sdk.$metadata?.httpStatusCode ?? sdk.$response?.statusCode;
  if (status === undefined) return undefined;
  return withCauseStack(convert, { sdk, status, context });
}

/** The conversion proper, for an error that came from a response. */
function convert({ sdk, status, context }: { sdk: SdkErrorLike; status: number; context: AwsCommandContext }) {
  // `Code` is the body's; a modeled class has the code only as its name. A plain `Error` is
  // what the SDK throws for a body it could not parse: no code then.
  const code =
    sdk.Code ??
    (sdk.$fault !== undefined && sdk.name !== undefined && !BODILESS_NAMES.has(sdk.name) ? sdk.name : undefined);
  const name = context.commandName;
  const jss = buildJssError({
    operation: name?.endsWith('Command') ? name.slice(0, -7) : name,
    params: paramsOfInput(context.input),
    code,
    message: code === undefined ? undefined : sdk.message,
    resource: sdk.Resource,
    requestId: sdk.$metadata?.requestId ?? sdk.RequestId,
    hostId: sdk.$metadata?.extendedRequestId ?? sdk.HostId,
    status,
    cause: sdk,
  });
  copySdkFields(jss, sdk);
  return jss;
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
  const attempts = sdk.$metadata?.attempts;
  if (attempts !== undefined) {
    Object.defineProperty(target, 'retry', {
      value: { attempts, totalDelayMs: sdk.$metadata?.totalRetryDelay ?? 0 },
      configurable: true,
      writable: true,
    });
  }
}
