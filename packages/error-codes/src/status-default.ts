import type { JssErrorCodeName } from './generated/codes.js';
import { codeForStatus } from './generated/status-defaults.js';

/**
 * The code a client should assume for a response of `status` that has no body (HEAD, a proxy
 * that dropped it), as the catalog decides: 404 → NoSuchKey, 403 → AccessDenied, …
 * Undefined for a status no JSS code uses.
 */
export function defaultCodeForStatus(status: number): JssErrorCodeName | undefined {
  return Object.hasOwn(codeForStatus, status) ? codeForStatus[status as keyof typeof codeForStatus] : undefined;
}
