export { type AwsCommandContext, fromAwsSdkError } from './from-aws-sdk-error.js';
export { type DeleteObjectsOutputLike, type JssDeleteError, jssDeleteErrors } from './delete-errors.js';
export { JSS_ERRORS_MIDDLEWARE, JSS_WIRE_STATUS_MIDDLEWARE, jssErrors } from './plugin.js';
export { type JssRetryStrategy, jssRetryStrategy } from './retry-strategy.js';
export type { SdkPluggable, SdkRetryStrategyV2, SdkRuntimeExtension } from './sdk-shapes.js';
