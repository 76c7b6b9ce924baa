import type { IncomingHttpHeaders } from 'node:http';
import type { Address } from './address.js';

/**
 * The values the stand-in knows for an error a rule answers, whatever the code: the request's
 * bucket, key, upload id and signing time (`x-amz-date`), and its own clock (as S3's
 * `<ServerTime>`, to the second). Each code takes the ones it has params for.
 */
export function ruleParams(address: Address, headers: IncomingHttpHeaders) {
  const date = headers['x-amz-date'];
  return {
    resource: address.path,
    bucket: address.bucket,
    key: address.key,
    uploadId: address.query.get('uploadId') ?? undefined,
    requestTime: Array.isArray(date) ? date[0] : date,
    serverTime: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}
