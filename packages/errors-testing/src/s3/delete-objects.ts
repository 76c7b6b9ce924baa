import { BadRequestError, NotImplementedError } from '@jss/errors';
import { existingBucket } from './buckets.js';
import { type OperationHandler, xmlReply } from './reply.js';
import { document, element, elementValues, requestDocument } from './xml.js';

/** S3's limit of keys in one DeleteObjects request. */
const MAX_KEYS = 1000;

/**
 * DeleteObjects (POST /bucket?delete): each key is deleted (a missing key counts as deleted, as
 * S3 says) or, where a rule answers that key, fails with the rule's code in an `<Error>` element
 * and stays (so does a key given with a version). Quiet mode lists only the failures.
 */
export const deleteObjects: OperationHandler = (store, request) => {
  const bucket = existingBucket(store, request);
  const xml = requestDocument(request);
  const objects = elementValues(xml, 'Object', request.path);
  if (objects.length === 0 || objects.length > MAX_KEYS) throw new BadRequestError({ resource: request.path });
  const quiet = elementValues(xml, 'Quiet', request.path)[0]?.trim() === 'true';
  let inner = '';
  for (const object of objects) {
    const key = elementValues(object, 'Key', request.path)[0];
    if (key === undefined) throw new BadRequestError({ resource: request.path });
    const version = elementValues(object, 'VersionId', request.path)[0];
    // The stand-in keeps no versions: deleting one is not emulated, and the key stays.
    const error =
      version !== undefined && version !== 'null'
        ? new NotImplementedError({ resource: request.path })
        : request.keyError?.(key);
    if (error !== undefined) {
      inner += `<Error>${element('Key', key)}${element('Code', error.code)}${element('Message', error.message)}</Error>`;
      continue;
    }
    bucket.objects.delete(key);
    if (!quiet) inner += `<Deleted>${element('Key', key)}</Deleted>`;
  }
  return xmlReply(document('DeleteResult', inner));
};
