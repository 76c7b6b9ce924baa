export { fromMinioError } from './from-minio-error.js';
export { withJssErrors } from './with-jss-errors.js';
export { type WithJssRetriesOptions, withJssRetries } from '../../retry/with-jss-retries.js';
export { type JssRetryOptions, type JssRetryReport, retryReportOf } from '../../retry/retry-options.js';
export type { RequestFacts } from '../request-facts.js';
export { bodilessCodeFor } from '@jss/error-codes';
export { type JssRemoveError, jssRemoveErrors } from './remove-errors.js';
