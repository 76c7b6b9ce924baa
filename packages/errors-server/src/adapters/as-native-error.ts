/**
 * The value itself when it is an Error, else an Error describing it, as Koa wraps a non-error
 * (`non-error thrown: …`) before reporting: Koa's printer refuses anything else. A value that
 * cannot even be inspected (a revoked Proxy) is described, never rethrown.
 */
export function asNativeError(value: unknown): Error {
  try {
    if (value instanceof Error) return value;
    return new Error(`non-error thrown: ${JSON.stringify(value) ?? String(value)}`);
  } catch {
    return new Error('non-error thrown: a value that cannot be read');
  }
}
