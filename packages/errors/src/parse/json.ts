import { type BodyReading, type ErrorBodyFields, keepElement } from './fields.js';

type Field = keyof ErrorBodyFields;

/** Keys each field may have, lower-cased: S3-style, camelCase and RFC 9457 problem details. */
const KEYS: ReadonlyMap<string, Field> = new Map([
  ['code', 'code'],
  ['errorcode', 'code'],
  ['message', 'message'],
  ['detail', 'message'],
  ['resource', 'resource'],
  ['instance', 'resource'],
  ['requestid', 'requestId'],
  ['request_id', 'requestId'],
  ['hostid', 'hostId'],
  ['endpoint', 'endpoint'],
  ['statuscode', 'statusCode'],
]);

/** The usual spellings, tried by direct look-up first so that a huge object is never enumerated. */
const COMMON_SPELLINGS: readonly (readonly [string, Field])[] = [
  ...(['Code', 'code', 'ErrorCode', 'errorCode'] as const).map((key) => [key, 'code'] as const),
  ...(['Message', 'message', 'detail'] as const).map((key) => [key, 'message'] as const),
  ...(['Resource', 'resource', 'instance'] as const).map((key) => [key, 'resource'] as const),
  ...(['RequestId', 'requestId', 'RequestID', 'requestID', 'request_id'] as const).map(
    (key) => [key, 'requestId'] as const,
  ),
  ...(['HostId', 'hostId'] as const).map((key) => [key, 'hostId'] as const),
  ...(['Endpoint', 'endpoint'] as const).map((key) => [key, 'endpoint'] as const),
  ...(['statusCode', 'StatusCode'] as const).map((key) => [key, 'statusCode'] as const),
];

/** How many keys the case-insensitive fallback looks at: error objects are small. */
const SCAN_LIMIT = 1000;

/**
 * Reads a JSON error body: `{ "Code": … }`, `{ "code": … }`, `{ "Error": { … } }` or
 * `application/problem+json` with a `code` member. Undefined when it is not JSON or has no code
 * (unless `namedByHeader`: then the top level's fields, code or not).
 */
export function parseJsonErrorBody(text: string, namedByHeader = false): ErrorBodyFields | undefined {
  return readJsonErrorText(text, namedByHeader)?.fields;
}

/** {@link parseJsonErrorBody}, with the members of the error object by name (see `BodyReading`). */
export function readJsonErrorText(text: string, namedByHeader = false): BodyReading | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return readJsonError(value, namedByHeader);
}

/**
 * The error fields of a parsed JSON value, with the members of the object they came from (see
 * `BodyReading`): top level, or under `Error` / `error`. The code is read as the AWS SDK's JSON
 * protocols read it: a `code` member (any case), else `__type`, and a namespaced form
 * (`ns#Code:uri`, `Code,more`) reduced to `Code` (see {@link awsErrorCode}).
 */
export function readJsonError(value: unknown, namedByHeader = false): BodyReading | undefined {
  if (!isRecord(value)) return undefined;
  const top = fieldsOf(value);
  // An `X-Amzn-Errortype` header names the error: the body's members are its message and ids.
  if (top.code !== undefined || namedByHeader) return { fields: top, elements: elementsOf(value) };
  const nested = Object.hasOwn(value, 'Error') ? value.Error : Object.hasOwn(value, 'error') ? value.error : undefined;
  if (!isRecord(nested)) return undefined;
  const inner = fieldsOf(nested);
  return inner.code !== undefined ? { fields: inner, elements: elementsOf(nested) } : undefined;
}

/**
 * A JSON error code as the AWS SDK sanitises it (`sanitizeErrorCode` of @smithy/core): the part
 * before a `,`, then before a `:`, then after a `#`. `aws.protocoltests#NoSuchKey:http://…` → `NoSuchKey`.
 */
export function awsErrorCode(raw: string): string {
  let code = raw;
  if (code.includes(',')) code = code.slice(0, code.indexOf(','));
  if (code.includes(':')) code = code.slice(0, code.indexOf(':'));
  if (code.includes('#')) code = code.split('#')[1] ?? '';
  return code;
}

function fieldsOf(value: Record<string, unknown>): ErrorBodyFields {
  const fields = scanFields(value);
  if (fields.code === undefined && Object.hasOwn(value, '__type')) take(fields, 'code', value.__type);
  if (fields.code !== undefined) fields.code = awsErrorCode(fields.code);
  return fields;
}

/**
 * The members with a text or number value, by key as sent, numbers as their JSON text: the
 * elements of an XML body. The first {@link SCAN_LIMIT} keys only, like the scan for fields.
 */
function elementsOf(value: Record<string, unknown>): Map<string, string> {
  const elements = new Map<string, string>();
  let seen = 0;
  try {
    for (const key in value) {
      if (++seen > SCAN_LIMIT) break;
      if (!Object.hasOwn(value, key)) continue;
      const member = value[key];
      if (typeof member === 'string' || typeof member === 'number') keepElement(elements, key, String(member));
    }
  } catch {
    // A value a client parsed may have throwing getters or traps: the fields are read, keep what was.
  }
  return elements;
}

function scanFields(value: Record<string, unknown>): ErrorBodyFields {
  const fields: ErrorBodyFields = {};
  for (const [key, field] of COMMON_SPELLINGS) {
    if (fields[field] === undefined && Object.hasOwn(value, key)) take(fields, field, value[key]);
  }
  if (fields.code !== undefined) return fields;
  // Unusual casing (`CODE`, `ErrorCode`…): a bounded scan, in key order.
  let seen = 0;
  for (const key in value) {
    if (++seen > SCAN_LIMIT) break;
    const field = KEYS.get(key.toLowerCase());
    if (field !== undefined && fields[field] === undefined && Object.hasOwn(value, key))
      take(fields, field, value[key]);
  }
  return fields;
}

function take(fields: ErrorBodyFields, field: Field, value: unknown): void {
  if (typeof value === 'string' || typeof value === 'number') fields[field] = String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
