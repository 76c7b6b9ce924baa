import { BadDigestError, InvalidContentMD5Error } from '@jss/errors';
import { header, type S3Request } from './reply.js';
import { md5 } from './store.js';

/** A Content-MD5 header must be the Base64 of 16 bytes (InvalidContentMD5Error) and match the body (BadDigest). */
export function checkContentMd5(request: S3Request): void {
  const given = header(request, 'content-md5');
  if (given === undefined) return;
  const digest = Buffer.from(given, 'base64');
  if (digest.length !== 16 || digest.toString('base64') !== given.trim())
    throw new InvalidContentMD5Error({ resource: request.path });
  if (!digest.equals(md5(request.body))) throw new BadDigestError({ resource: request.path });
}
