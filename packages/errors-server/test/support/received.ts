import { createJssError, type NoSuchKeyError } from '@jss/errors';

/**
 * A NoSuchKey as a proxy holds it after parsing an upstream response: message and status as
 * received. Only a code held in a `string` takes them (a class made by hand has the catalog's).
 */
export function receivedNoSuchKey(received: { message?: string; httpStatus?: number; resource?: string }) {
  return createJssError('NoSuchKey' as string, received) as NoSuchKeyError;
}
