import type { IncomingHttpHeaders } from 'node:http';
import { BadRequestError, IncompleteBodyError } from '@jss/errors';

/** A chunk size line: hex digits, then `;chunk-signature=…` or nothing. */
const SIZE_LINE = /^([0-9a-fA-F]{1,16})(;.*)?$/s;

/**
 * The payload of a body the AWS SDK sent `aws-chunked` (streaming uploads with a trailing
 * checksum): `<hex size>[;chunk-signature=…]\r\n<bytes>\r\n` … `0\r\n<trailers>\r\n\r\n`.
 * Any other body is returned as received. Each chunk moves forward by at least its size line, so
 * decoding is one pass; a size that is not hex is BadRequest, a chunk cut short IncompleteBody.
 */
export function decodedPayload(body: Buffer, headers: IncomingHttpHeaders, resource: string): Buffer {
  const sha = String(headers['x-amz-content-sha256'] ?? '');
  const encoding = String(headers['content-encoding'] ?? '');
  if (!sha.startsWith('STREAMING-') && !encoding.split(',').some((e) => e.trim() === 'aws-chunked')) return body;
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd === -1) throw new IncompleteBodyError({ resource });
    const line = SIZE_LINE.exec(body.subarray(at, lineEnd).toString('latin1'));
    if (line === null) throw new BadRequestError({ resource });
    const size = Number.parseInt(line[1]!, 16);
    if (size === 0) break;
    const end = lineEnd + 2 + size;
    if (end + 2 > body.length) throw new IncompleteBodyError({ resource });
    parts.push(body.subarray(lineEnd + 2, end));
    at = end + 2;
  }
  return Buffer.concat(parts);
}
