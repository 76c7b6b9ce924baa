import type { JssErrorCodeName } from './generated/codes.js';
import { codeIndex } from './generated/lookup.js';
import { jssLookupKey } from './lookup-key.js';

/**
 * The catalog code a received code means: matched case-insensitively and through the catalog's
 * aliases (`NoSuchBucketPolicy`, AWS's spelling, gives JSS's `NotSuchBucketPolicy`).
 * Undefined when the code is not in the catalog.
 */
export function resolveJssErrorCode(received: string): JssErrorCodeName | undefined {
  // Most codes arrive as sent by S3: lower-casing alone finds them, without the white-space scan.
  const lower = received.toLowerCase();
  if (Object.hasOwn(codeIndex, lower)) return codeIndex[lower];
  const key = jssLookupKey(received.trim());
  return Object.hasOwn(codeIndex, key) ? codeIndex[key] : undefined;
}
