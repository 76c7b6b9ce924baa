export { JssError, type JssErrorJson, type JssErrorOptions } from './jss-error.js';
export { getJssDocsBaseUrl, setJssDocsBaseUrl } from './docs-base-url.js';
export {
  type JssRetirement,
  UnknownJssError,
  type UnknownJssErrorJson,
  type UnknownJssErrorOptions,
} from './unknown-jss-error.js';
export * from './generated/classes.js';
export { errorClasses, type JssErrorClassMap } from './generated/registry.js';
export { createJssError } from './create.js';
export { isJssError } from './guards.js';
export { parseJssErrorResponse, UNKNOWN_CODE, type IncomingErrorResponse } from './parse/parse-response.js';
export { parseS3ErrorXml } from './parse/xml.js';
export { parseJsonErrorBody } from './parse/json.js';
export type { ErrorBodyFields } from './parse/fields.js';
export type { HeadersLike } from './parse/headers.js';
export type { IncomingErrorBody } from './parse/body-kinds.js';
// The retries every client entry point shares: here once, not re-exported by each.
export { type JssRetryOptions, type JssRetryReport, retryReportOf } from './retry/retry-options.js';
export { type WithJssRetriesOptions, withJssRetries } from './retry/with-jss-retries.js';
