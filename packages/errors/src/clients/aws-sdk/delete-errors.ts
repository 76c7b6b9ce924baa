import type { JssError } from '../../jss-error.js';
import { buildJssError } from '../build-error.js';
import type { ResponseMetadata } from './sdk-shapes.js';

/** One `<Error>` of a DeleteObjects answer, as the SDK puts it in `output.Errors`. */
interface SdkDeleteError {
  Key?: string;
  VersionId?: string;
  Code?: string;
  Message?: string;
}

/** The part of a `DeleteObjectsCommand` output the view reads. */
export interface DeleteObjectsOutputLike {
  readonly Errors?: readonly SdkDeleteError[];
  readonly $metadata?: ResponseMetadata;
}

/** A key DeleteObjects did not delete: the typed error of its code, with the key and version. */
export type JssDeleteError = JssError<string> & { readonly key: string | undefined; readonly versionId?: string };

/**
 * The keys a DeleteObjects call did not delete, one typed JSS error each. DeleteObjects answers
 * 200 even when some keys fail, listing them as `<Error>` elements, so the SDK resolves and
 * only `output.Errors` says what failed: `for (const e of jssDeleteErrors(output, { bucket }))`.
 * Each error has the `key` and `versionId` it is about, the call's request id, and `httpStatus`
 * 200, the status received; an unknown code gives an `UnknownJssError`.
 */
export function jssDeleteErrors(
  output: DeleteObjectsOutputLike,
  request: { readonly bucket?: string } = {},
): JssDeleteError[] {
  const errors = output.Errors ?? [];
  return errors.map((entry) => {
    const error = buildJssError({
      operation: 'DeleteObjects',
      code: entry.Code,
      message: entry.Message,
      params: { bucket: request.bucket, key: entry.Key },
      requestId: output.$metadata?.requestId,
      hostId: output.$metadata?.extendedRequestId,
      status: output.$metadata?.httpStatusCode ?? 200,
    });
    return Object.defineProperties(error, {
      key: { value: entry.Key, configurable: true },
      ...(entry.VersionId === undefined ? {} : { versionId: { value: entry.VersionId, configurable: true } }),
    }) as JssDeleteError;
  });
}
