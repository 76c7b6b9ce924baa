export { type FetchErrorFacts, type FetchResponseLike, fromFetchResponse } from './from-fetch-response.js';
export { type JssFetchInit, type JssFetchOptions, type JssSigningClock, jssFetch } from './jss-fetch.js';
export { type WithJssRetriesOptions, withJssRetries } from '../../retry/with-jss-retries.js';
export { type JssRetryOptions, type JssRetryReport, retryReportOf } from '../../retry/retry-options.js';
export type { RequestFacts } from '../request-facts.js';
export { bodilessCodeFor } from '@jss/error-codes';
