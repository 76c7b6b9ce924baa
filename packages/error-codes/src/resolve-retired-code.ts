import { type JssRetiredCodeName, retiredCodeIndex } from './generated/retired.js';
import { jssLookupKey } from './lookup-key.js';

/**
 * The retired code a received code means, matched as live codes are (case-insensitively, through
 * the retired code's aliases); undefined when it was never retired. A code the catalog retired
 * is not a live code, so `resolveJssErrorCode` gives undefined for it.
 */
export function resolveRetiredJssErrorCode(received: string): JssRetiredCodeName | undefined {
  const key = jssLookupKey(received.trim());
  return Object.hasOwn(retiredCodeIndex, key) ? retiredCodeIndex[key] : undefined;
}
