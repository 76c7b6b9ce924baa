import type { ErrorModel } from '../../model/types.js';

/** `noSuchBucketResponse`: the per-code helper of @jss/errors-server. */
export function helperName(e: ErrorModel): string {
  return `${e.camelName}Response`;
}

/**
 * Options a helper takes besides the error's own (see JssErrorHelperOptions). A placeholder of
 * the same name would be one field with two meanings; `resource`, `requestId` and `method` mean
 * the same thing on both sides (MethodNotAllowed's `method` is the request's).
 */
const RESPONSE_OPTIONS = ['hostId', 'accept', 'onUnexpectedError', 'problemTypeBase'];

export function checkHelperParams(e: ErrorModel): void {
  for (const p of e.params) {
    if (RESPONSE_OPTIONS.includes(p.name)) {
      throw new Error(`errors-server: ${e.code}'s placeholder "${p.name}" clashes with the response option of that name; rename the placeholder.`);
    }
  }
}
