import type { ErrorModel } from '../model/types.js';
import { block, type Code, key, lit, prop, ts } from '../ts/code.js';

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
    ...(e.retryWhen === undefined ? [] : [ts`retryWhen: ${lit(e.retryWhen)}`]),
    // Only the path: the base URL is set once at run time (setJssDocsBaseUrl).
    prop('docPath', lit(e.docPath)),
  ];
}

/** `{ acl: '…', … }`: variant id → wire message. */
export function variantMessages(e: ErrorModel): Code {
  return block(e.variants.map((v) => prop(v.id, lit(v.message))));
}

/**
 * `{ range: { element: 'RangeRequested' }, … }`: where the wire carries each param it carries.
 * `errorInfo` prints it for every code; a class spec prints it when there is one, for
 * @jss/errors-server to send (it reads the class's copy, so an app bundles only its classes).
 */
export function paramWires(e: ErrorModel): Code {
  return block(
    e.params.flatMap((p) =>
      p.wire === undefined
        ? []
        : [
            ts`${key(p.name)}: ${block([
              ...(p.wire.element === undefined ? [] : [ts`element: ${lit(p.wire.element)}`]),
              ...(p.wire.header === undefined ? [] : [ts`header: ${lit(p.wire.header)}`]),
            ])}`,
          ],
    ),
  );
}
