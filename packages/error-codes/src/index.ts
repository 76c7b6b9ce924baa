export type { ForJssErrorCode, JssErrorCodeInput } from './code-input.js';
export { jssErrorCodes, JssErrorCode, type JssErrorCodeName } from './generated/codes.js';
export { errorInfo } from './generated/info.js';
export { JSS_REFERENCE_BASE_URL } from './generated/reference.js';
export {
  codeForOperationStatus,
  codeForStatus,
  jssHttpStatuses,
  type JssHttpStatus,
} from './generated/status-defaults.js';
export { isJssErrorCode } from './is-jss-error-code.js';
export { resolveJssErrorCode } from './resolve-code.js';
export { jssRetiredCodes, type JssRetiredCodeName, retiredCodeInfo } from './generated/retired.js';
export { resolveRetiredJssErrorCode } from './resolve-retired-code.js';
export { bodilessCodeFor } from './status-default.js';
export { s3Operations, type S3OperationInput, type S3OperationName } from './s3-operations.js';
export type {
  JssDeprecation,
  JssErrorInfo,
  JssFault,
  JssParamType,
  JssParamWire,
  JssRetiredCodeInfo,
} from './types.js';
