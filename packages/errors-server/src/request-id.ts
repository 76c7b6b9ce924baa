/** Longest request id accepted from the app or the error; longer ones are replaced. */
export const MAX_REQUEST_ID_LENGTH = 128;
/** Longest `x-amz-id-2` accepted. */
export const MAX_HOST_ID_LENGTH = 256;

// Characters legal in a header, in XML and in JSON without escaping, and enough for hex, UUIDs,
// ULIDs, nanoids and base64 (S3's x-amz-id-2).
const SAFE_ID = /^[A-Za-z0-9\-_.~+/=:]+$/;

/**
 * The id when it can be sent as it is, else undefined (the caller then makes a new one). An id is
 * replaced, never trimmed or filtered: a changed id would match nothing in the logs.
 */
export function acceptId(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max && SAFE_ID.test(value) ? value : undefined;
}

// Byte → two hex digits, so an id is 8 lookups.
const HEX_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).toUpperCase().padStart(2, '0'));
const HAS_LETTER = /[A-DF]/;
// Random bytes are drawn in blocks: one getRandomValues call per 512 ids, not per id.
const POOL_SIZE = 4096;
const pool = new Uint8Array(POOL_SIZE);
let offset = POOL_SIZE;

function randomBytes(count: number): Uint8Array {
  if (offset + count > POOL_SIZE) {
    crypto.getRandomValues(pool);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + count);
  offset += count;
  return bytes;
}

/**
 * A new request id shaped like S3's: 16 upper-case hex digits from a cryptographic source. It
 * always holds a letter other than E, because minio-js's XML parser turns a digits-only id (or
 * one that reads as `1E5`) into a number.
 */
export function generateRequestId(): string {
  for (;;) {
    const b = randomBytes(8);
    const id =
      HEX_BYTE[b[0]!]! +
      HEX_BYTE[b[1]!]! +
      HEX_BYTE[b[2]!]! +
      HEX_BYTE[b[3]!]! +
      HEX_BYTE[b[4]!]! +
      HEX_BYTE[b[5]!]! +
      HEX_BYTE[b[6]!]! +
      HEX_BYTE[b[7]!]!;
    if (HAS_LETTER.test(id)) return id;
  }
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A new `x-amz-id-2`: 32 base64 characters from 24 random bytes, like S3's opaque host ids. */
export function generateHostId(): string {
  const bytes = randomBytes(24);
  let id = '';
  for (let i = 0; i < 24; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    id += BASE64[n >> 18]! + BASE64[(n >> 12) & 63]! + BASE64[(n >> 6) & 63]! + BASE64[n & 63]!;
  }
  return id;
}
