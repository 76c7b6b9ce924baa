import type { IncomingHttpHeaders } from 'node:http';

/**
 * The payload of a body the AWS SDK sent `aws-chunked` (streaming uploads with a trailing
 * checksum): `<hex size>[;chunk-signature=…]\r\n<bytes>\r\n` … `0\r\n<trailers>\r\n\r\n`.
 * Any other body is returned as received.
 */
export function decodedPayload(body: Buffer, headers: IncomingHttpHeaders): Buffer {
  const sha = String(headers['x-amz-content-sha256'] ?? '');
  const encoding = String(headers['content-encoding'] ?? '');
  if (!sha.startsWith('STREAMING-') && !encoding.split(',').some((e) => e.trim() === 'aws-chunked')) return body;
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd === -1) break;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1').split(';')[0]!, 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
