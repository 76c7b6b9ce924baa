import type { JssError } from '../../jss-error.js';
import { buildJssError } from '../build-error.js';

/** One key minio's `removeObjects` could not delete, typed. */
export type JssRemoveError = JssError<string> & {
  /** The key as minio parsed it (a digit-only key came back as a number: made text again, leading zeros lost). */
  readonly key: string;
  readonly versionId: string | undefined;
};

/**
 * The failures in what `removeObjects(bucket, names)` resolved with (DeleteObjects answers 200
 * and lists each key it could not delete): one typed JSS error per key, with its `key` and
 * `versionId`, its `httpStatus` the catalog's for the code (the 200 was the batch's). Empty when
 * every key went.
 */
export function jssRemoveErrors(result: unknown, bucket?: string): JssRemoveError[] {
  if (!Array.isArray(result)) return [];
  const errors: JssRemoveError[] = [];
  for (const item of result) {
    // minio 8 resolves with the <Error> elements themselves; its types say `{ Error }`.
    const entry = (item as { Error?: unknown } | null)?.Error ?? item;
    if (typeof entry !== 'object' || entry === null) continue;
    const { Code, Message, Key, VersionId } = entry as Record<string, unknown>;
    const key = text(Key) ?? '';
    const versionId = text(VersionId);
    const error = buildJssError({
      code: text(Code),
      message: text(Message),
      operation: 'DeleteObjects',
      params: { key, ...(bucket === undefined ? {} : { bucket }), versionId },
    });
    // Codes with a `key` placeholder have it already; the others get it here, out of `toJSON`'s way.
    if (!Object.hasOwn(error, 'key')) Object.defineProperty(error, 'key', { value: key, enumerable: false });
    Object.defineProperty(error, 'versionId', { value: versionId, enumerable: false });
    errors.push(error as JssRemoveError);
  }
  return errors;
}

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
