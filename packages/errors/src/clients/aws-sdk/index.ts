export { type AwsCommandContext, fromAwsSdkError } from './from-aws-sdk-error.js';
export { JSS_ERRORS_MIDDLEWARE, jssErrors } from './plugin.js';
export { jssRetryStrategy } from './retry-strategy.js';
export type { SdkPluggable, SdkRetryStrategyV2 } from './sdk-shapes.js';
export { type JssRetryOptions, type JssRetryReport, retryReportOf } from '../../retry/retry-options.js';
export { bodilessCodeFor } from '@jss/error-codes';
