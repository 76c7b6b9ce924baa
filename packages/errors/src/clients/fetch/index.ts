export { type FetchErrorFacts, type FetchResponseLike, fromFetchResponse } from './from-fetch-response.js';
export { type JssFetchInit, type JssFetchOptions, type JssSigningClock, jssFetch } from './jss-fetch.js';
