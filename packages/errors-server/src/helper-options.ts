import type { ErrorResponseOptions } from './types.js';

/**
 * Options of a per-code helper (`noSuchBucketResponse({ bucket, resource, requestId })`): the
 * error class's options (variant, placeholders, message) and the response's. The status is the
 * catalog's, so it cannot be overridden here.
 */
export type JssErrorHelperOptions<ErrorOptions> = Omit<ErrorOptions, 'httpStatus'> & ErrorResponseOptions;
