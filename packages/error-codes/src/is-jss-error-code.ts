import type { JssErrorCodeName } from './generated/codes.js';
import { errorInfo } from './generated/info.js';

/** True when `value` is a JSS error code spelled exactly as on the wire. */
export function isJssErrorCode(value: unknown): value is JssErrorCodeName {
  return typeof value === 'string' && Object.hasOwn(errorInfo, value);
}
