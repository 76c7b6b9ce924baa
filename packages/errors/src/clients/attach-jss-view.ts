import type { JssError } from '../jss-error.js';

/** What stays the client's: its identity, text, stack and JSON form, and the link back to it. */
const KEPT = new Set<PropertyKey>(['constructor', 'name', 'message', 'stack', 'cause', 'toJSON']);

/**
 * Makes a client's own error (the AWS SDK's, minio's) also the JSS error `jss`, in place, and
 * changes nothing the client set: its prototype, `name`, `message`, `stack`, own fields and
 * `JSON.stringify` form stay, so `instanceof S3ServiceException`, `e.name === 'NotFound'` and the
 * SDK's waiters see what they saw without the adapter. What it adds is `jss`'s members (the
 * brand, `code`, `httpStatus`, `docUrl`, placeholders…) as non-enumerable getters that read
 * `jss`; a member the client already has keeps the client's value (minio's `code`), and guards
 * read the JSS code under its symbol. The members are listed from `jss` itself (its own fields
 * and its prototype chain), so a member added to `JssError` is never forgotten here.
 */
export function attachJssView<T extends object>(target: T, jss: JssError<string>): T & JssError<string> {
  const source = jss as unknown as Record<PropertyKey, unknown>;
  for (
    let owner: object | null = jss;
    owner !== null && owner !== Error.prototype;
    owner = Object.getPrototypeOf(owner)
  ) {
    for (const key of Reflect.ownKeys(owner)) {
      if (KEPT.has(key) || key in target) continue;
      Object.defineProperty(target, key, { get: () => source[key], configurable: true, enumerable: false });
    }
  }
  return target as T & JssError<string>;
}
