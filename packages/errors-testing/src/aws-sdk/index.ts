export { type JssSdkErrorOptions, jssSdkError, type S3Command } from './sdk-error.js';
export { jssRequestHandler, type SdkRequestHandler } from './request-handler.js';
