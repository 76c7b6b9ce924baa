export { toErrorResponse } from './to-error-response.js';
export { negotiateErrorFormat } from './negotiate.js';
export { unmatchedRouteError } from './unmatched-route.js';
export { generateRequestId, generateHostId, MAX_REQUEST_ID_LENGTH, MAX_HOST_ID_LENGTH } from './request-id.js';
export { MAX_TEXT_LENGTH, MAX_CODE_LENGTH } from './wire-text.js';
export type {
  ErrorBodyFormat,
  ErrorResponseOptions,
  OutgoingErrorResponse,
  UnexpectedErrorContext,
  UnexpectedErrorHook,
} from './types.js';
