import type { ErrorModel } from '../model/types.js';
import { literal, propertyKey } from '../ts/print.js';

/**
 * The facts every runtime representation of a code carries, as `key: literal` fields in one
 * order: status, wire message, fault, retry advice. Shared by @jss/error-codes' `errorInfo` and
 * @jss/errors' class specs so the two cannot drift apart.
 */
export function wireFactFields(e: ErrorModel): string[] {
  return [
    `httpStatus: ${e.httpStatus}`,
    `message: ${literal(e.message)}`,
    `fault: ${literal(e.fault)}`,
    `retryable: ${e.retryable}`,
    `throttling: ${e.throttling}`,
    ...(e.retryAfter === undefined ? [] : [`retryAfter: ${e.retryAfter}`]),
  ];
}

/** `{ acl: '…', … }`: variant id → wire message, on one line. */
export function variantMessagesLiteral(e: ErrorModel): string {
  return inlineObject(e.variants.map((v) => `${propertyKey(v.id)}: ${literal(v.message)}`));
}

export function inlineObject(fields: readonly string[]): string {
  return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
}
