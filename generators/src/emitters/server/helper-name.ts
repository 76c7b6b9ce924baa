import { camelNameOf } from '../../model/naming.js';

/** `noSuchBucketResponse`: the per-code helper of @jss/errors-server. */
export function helperNameOf(code: string): string {
  return `${camelNameOf(code)}Response`;
}

/**
 * Options a helper takes besides the error's own (see JssErrorHelperOptions). A placeholder of
 * the same name would be one field with two meanings; `resource`, `requestId` and `method` mean
 * the same thing on both sides (MethodNotAllowed's `method` is the request's).
 */
export const RESPONSE_OPTIONS: ReadonlySet<string> = new Set([
  'hostId',
  'accept',
  'onUnexpectedError',
  'problemTypeBase',
]);

/**
 * Names the package's index exports next to the helpers (and the helpers' module imports):
 * a code such as `ToError` would derive `toErrorResponse` and shadow the real one.
 */
export const RESERVED_HELPER_NAMES: ReadonlySet<string> = new Set([
  'toErrorResponse',
  'toFetchResponse',
  'negotiateErrorFormat',
]);
