import { BadRequestError, InvalidArgumentError, InvalidRangeError } from '@jss/errors';
import { header, type S3Request } from './reply.js';
import type { StoredObject } from './store.js';

/** The bytes of one part of an object, for GET/HEAD `?partNumber=N`. */
export interface PartSpan {
  readonly start: number;
  readonly end: number;
  /** The object's number of parts, answered as `x-amz-mp-parts-count`; undefined for an object not uploaded in parts. */
  readonly count: number | undefined;
}

/**
 * The part `?partNumber=N` asks for, or undefined without the parameter. An object not uploaded in
 * parts is one part. As S3 answers: N not an integer from 1 to 10,000 is InvalidArgument; a part
 * the object does not have is a 416 (S3's InvalidPartNumber; the catalog's 416 is InvalidRange);
 * a Range header as well is a bad combination (S3's InvalidRequest, the catalog's BadRequest).
 */
export function partOf(request: S3Request, object: StoredObject): PartSpan | undefined {
  const text = request.query.get('partNumber');
  if (text === null) return undefined;
  const n = /^\d{1,5}$/.test(text) ? Number(text) : 0;
  if (n < 1 || n > 10_000) throw new InvalidArgumentError({ resource: request.path });
  if (header(request, 'range') !== undefined) throw new BadRequestError({ resource: request.path });
  const sizes = object.partSizes ?? [object.body.length];
  if (n > sizes.length) throw new InvalidRangeError({ range: `partNumber=${n}`, resource: request.path });
  const start = sizes.slice(0, n - 1).reduce((sum, size) => sum + size, 0);
  return { start, end: start + sizes[n - 1]! - 1, count: object.partSizes?.length };
}
