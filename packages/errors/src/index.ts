export { JssError, type JssErrorJson, type JssErrorOptions, type JssErrorSpec } from './jss-error.js';
export { getJssDocsBaseUrl, setJssDocsBaseUrl } from './docs-base-url.js';
export {
  type JssRetirement,
  UnknownJssError,
  type UnknownJssErrorJson,
  type UnknownJssErrorOptions,
} from './unknown-jss-error.js';
export * from './generated/classes.js';
export { errorClasses, type JssErrorClassMap, type JssErrorOptionsMap } from './generated/registry.js';
export { createJssError } from './create.js';
export { isJssError } from './guards.js';
export { parseJssErrorResponse, UNKNOWN_CODE, type ErrorResponse } from './parse/parse-response.js';
export { parseS3ErrorXml } from './parse/xml.js';
export { parseJsonErrorBody } from './parse/json.js';
export type { ErrorBodyFields } from './parse/fields.js';
export type { HeadersLike } from './parse/headers.js';
export type { ErrorResponseBody, NotYetRead, ParsedJsonBody } from './parse/body-kinds.js';
