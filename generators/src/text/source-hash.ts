import { createHash } from 'node:crypto';

/** Short fingerprint of a source-locale text; a translation records the one it was made from. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}
