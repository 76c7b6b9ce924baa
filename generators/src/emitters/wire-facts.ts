import type { ErrorModel } from '../model/types.js';
import { block, type Code, lit, prop, ts } from '../ts/code.js';

/**
 * The facts every runtime representation of a code carries, as `key: literal` members in one
 * order: status, wire message, fault, retry advice, the page's path in the reference. Shared by @jss/error-codes' `errorInfo` and
 * @jss/errors' class specs so the two cannot drift apart.
 */
export function wireFacts(e: ErrorModel): Code[] {
  return [
    ts`httpStatus: ${e.httpStatus}`,
    prop('message', lit(e.message)),
    ts`fault: ${lit(e.fault)}`,
    ts`retryable: ${e.retryable}`,
    ts`throttling: ${e.throttling}`,
    ...(e.retryAfter === undefined ? [] : [ts`retryAfter: ${e.retryAfter}`]),
    // Only the path: the base URL is set once at run time (setJssDocsBaseUrl).
    prop('docPath', lit(e.docPath)),
  ];
}

/** `{ acl: '…', … }`: variant id → wire message. */
export function variantMessages(e: ErrorModel): Code {
  return block(e.variants.map((v) => prop(v.id, lit(v.message))));
}
