import type { Address } from './address.js';

/**
 * The values the stand-in knows for an error a rule answers, whatever the code: the request's
 * resource, bucket, key and upload id; each code takes the ones it has params for. No clock
 * (`<ServerTime>`, `<RequestTime>`): two answers to one rule stay byte-equal, which tests compare.
 */
export function ruleParams(address: Address): {
  resource: string;
  bucket: string | undefined;
  key: string | undefined;
  uploadId: string | undefined;
} {
  return {
    resource: address.path,
    bucket: address.bucket,
    key: address.key,
    uploadId: address.query.get('uploadId') ?? undefined,
  };
}
