import type { ErrorBodyFields } from './fields.js';

/** Keys each field may have, lower-cased: S3-style, camelCase and RFC 9457 problem details. */
const KEYS: Readonly<Record<string, keyof ErrorBodyFields>> = {
  code: 'code',
  errorcode: 'code',
  message: 'message',
  detail: 'message',
  resource: 'resource',
  instance: 'resource',
  requestid: 'requestId',
  request_id: 'requestId',
  hostid: 'hostId',
};

/**
 * Reads a JSON error body: `{ "Code": … }`, `{ "code": … }`, `{ "Error": { … } }` or
 * `application/problem+json` with a `code` member. Undefined when it is not JSON or has no code.
 */
export function parseJsonErrorBody(text: string): ErrorBodyFields | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return errorFieldsOf(value);
}

/** The error fields of a parsed JSON value: top level, or under `Error` / `error`. */
export function errorFieldsOf(value: unknown): ErrorBodyFields | undefined {
  const top = fieldsOf(value);
  if (top?.code !== undefined) return top;
  const nested = isRecord(value) ? (value.Error ?? value.error) : undefined;
  const inner = fieldsOf(nested);
  return inner?.code !== undefined ? inner : undefined;
}

function fieldsOf(value: unknown): ErrorBodyFields | undefined {
  if (!isRecord(value)) return undefined;
  const fields: ErrorBodyFields = {};
  for (const [key, v] of Object.entries(value)) {
    const field = KEYS[key.toLowerCase()];
    if (field !== undefined && fields[field] === undefined && (typeof v === 'string' || typeof v === 'number')) {
      fields[field] = String(v);
    }
  }
  return fields;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
