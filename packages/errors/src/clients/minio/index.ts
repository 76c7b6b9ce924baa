export { fromMinioError } from './from-minio-error.js';
export { withJssErrors } from './with-jss-errors.js';
export type { RequestFacts } from '../request-facts.js';
export { type JssRemoveError, jssRemoveErrors } from './remove-errors.js';
