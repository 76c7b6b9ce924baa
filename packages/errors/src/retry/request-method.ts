/**
 * Methods RFC 9110 §9.2.2 calls idempotent: sending one again after a socket error cannot do the
 * work twice. POST (and PATCH, CONNECT…) is not: a dropped POST may already have been applied.
 */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE']);

/** Where an adapter notes the HTTP method of the request an error came from. */
const METHOD = Symbol.for('@jss/errors.requestMethod');

/** Notes, without changing anything the error shows (non-enumerable symbol), which method failed. */
export function noteRequestMethod(error: unknown, method: string): void {
  if (typeof error === 'object' && error !== null && Object.isExtensible(error)) {
    Object.defineProperty(error, METHOD, { value: method.toUpperCase(), configurable: true });
  }
}

/** True, false, or undefined when no adapter noted the method. */
export function isIdempotentRequest(error: unknown): boolean | undefined {
  const method = (error as Record<symbol, unknown> | null)?.[METHOD];
  return typeof method === 'string' ? IDEMPOTENT.has(method) : undefined;
}
