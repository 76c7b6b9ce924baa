import { createHash, randomBytes } from 'node:crypto';
import type { ProbeCredentials, ProbeRequest, SigningTwist } from './signer.js';
import { signRequest, uriEncode } from './signer.js';

/** A probe's connection to one endpoint, and what it created there (to remove at the end). */
export interface ProbeSession {
  readonly endpoint: URL;
  readonly bucket: string;
  /** Whether the probe made the bucket (and so may delete it). */
  readonly ownsBucket: boolean;
  readonly credentials: ProbeCredentials;
  send(request: ProbeRequest, twist?: SigningTwist): Promise<ProbeAnswer>;
  /** Object keys the endpoint stored during the probe. */
  readonly createdKeys: Set<string>;
  /** Multipart uploads the probe started: key → upload id. */
  readonly openUploads: Map<string, string>;
}

export interface ProbeAnswer {
  readonly status: number;
  readonly headers: Headers;
  /** The body's first bytes (at most {@link BODY_LIMIT}); the rest is cancelled, not read. */
  readonly body: string;
}

export interface SessionOptions {
  readonly endpoint: URL;
  readonly region: string;
  readonly credentials: ProbeCredentials;
  readonly bucket: string;
  readonly ownsBucket: boolean;
  /** Per request, milliseconds. */
  readonly timeoutMs: number;
}

/** No answer is read past this: an error body is a few hundred bytes. */
export const BODY_LIMIT = 64 * 1024;

export function openSession(options: SessionOptions): ProbeSession {
  return {
    endpoint: options.endpoint,
    bucket: options.bucket,
    ownsBucket: options.ownsBucket,
    credentials: options.credentials,
    createdKeys: new Set(),
    openUploads: new Map(),
    async send(request, twist) {
      const signed = await signRequest(options.endpoint, options.region, options.credentials, request, twist);
      const response = await fetch(signed.url, {
        method: request.method,
        headers: signed.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      return { status: response.status, headers: response.headers, body: await readPrefix(response) };
    },
  };
}

/** Reads at most BODY_LIMIT bytes of a body and cancels the rest. */
async function readPrefix(response: Response): Promise<string> {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < BODY_LIMIT) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, BODY_LIMIT));
}

/** `/bucket/key`, each key segment encoded as Signature V4 canonicalises it. */
export function objectPath(bucket: string, key?: string): string {
  const base = `/${uriEncode(bucket)}`;
  return key === undefined ? base : `${base}/${key.split('/').map(uriEncode).join('/')}`;
}

/** A bucket name no one has: the probe's prefix, a random suffix. */
export function randomBucketName(prefix = 'jss-probe'): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}

export function md5Base64(data: Uint8Array): string {
  return createHash('md5').update(data).digest('base64');
}

/** CRC-32 (IEEE, as zlib; Node 20's first releases lack `zlib.crc32`) of `data`, as `x-amz-checksum-crc32` carries it. */
export function crc32Base64(data: Uint8Array): string {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  const out = Buffer.alloc(4);
  out.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
  return out.toString('base64');
}
