import type { RequestFacts } from '../request-facts.js';
import { fromFetchResponse } from './from-fetch-response.js';

/** Operations that may answer 200 with an `<Error>` body (S3 sends the status before the work ends). */
const ERROR_IN_200 = new Set(['CompleteMultipartUpload', 'CopyObject', 'UploadPartCopy']);

/** Per-call facts for {@link jssFetch}, passed beside the usual `RequestInit`. */
export interface JssFetchInit extends RequestInit {
  /** The S3 operation (`HeadBucket`, `CopyObject`, …): bodiless 404s and errors inside a 200. */
  readonly operation?: string;
  /** Placeholder values the URL does not show. */
  readonly params?: Readonly<Record<string, unknown>>;
}

type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A `fetch` that rejects with the typed JSS error for any non-2xx response, and for a 200
 * whose body is an `<Error>` when `operation` is CopyObject, UploadPartCopy or
 * CompleteMultipartUpload (that body is read from a clone, so a good response stays readable).
 */
export function jssFetch(fetchImpl: FetchFunction = globalThis.fetch) {
  return async (input: string | URL | Request, init: JssFetchInit = {}): Promise<Response> => {
    const { operation, params, ...rest } = init;
    const facts: RequestFacts = { ...(operation === undefined ? {} : { operation }), ...(params ? { params } : {}) };
    const response = await fetchImpl(input, rest);
    if (response.status < 200 || response.status > 299) throw await fromFetchResponse(response, facts);
    if (operation !== undefined && ERROR_IN_200.has(operation)) {
      const text = await response.clone().text();
      if (/^\s*(<\?xml[^>]*\?>\s*)?<Error>/.test(text)) throw await fromFetchResponse(response, facts);
    }
    return response;
  };
}
