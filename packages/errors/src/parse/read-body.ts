import { type IncomingErrorBody, unreadableKind } from './body-kinds.js';
import type { BodyReading, ErrorBodyFields } from './fields.js';
import { parseJsonErrorBody, readJsonError, readJsonErrorText } from './json.js';
import { readS3ErrorXml } from './xml.js';

/**
 * How much of a body is read. Error documents are well under a kilobyte; bounding the prefix keeps
 * the cost of a huge non-error body (an HTML page, a file sent by mistake) small and constant.
 * 64 Ki, not more: V8's JSON.parse is superlinear in the number of keys of one object.
 */
export const MAX_BODY_CHARS: number = 1 << 16;

/** The bytes that can hold that prefix: UTF-8 takes at most 3 bytes per UTF-16 unit. */
export const MAX_BODY_BYTES: number = MAX_BODY_CHARS * 3;

/** The fields of the body, or why a body that was there could not be read. */
export interface ReadBody {
  /** With a code, unless the error is named by a header (then a JSON body's other fields). */
  readonly fields?: ErrorBodyFields;
  /** Every child of the error element by name, with the fields (see `BodyReading`). */
  readonly elements?: ReadonlyMap<string, string>;
  /** Which reading gave the fields. */
  readonly kind?: 'xml' | 'json';
  /** Why a body that is present gave no code (`fields` may still hold its message and ids). */
  readonly unreadable?: string;
}

const NOT_AN_ERROR_DOCUMENT = 'The error response body is neither an S3 XML nor a JSON error document: ';

export function readBody(body: IncomingErrorBody | undefined, namedByHeader = false): ReadBody {
  if (body === undefined || body === null) return {};
  let text: string;
  let truncated = false;
  if (typeof body === 'string') {
    truncated = body.length > MAX_BODY_CHARS;
    text = truncated ? body.slice(0, MAX_BODY_CHARS) : body;
  } else if (ArrayBuffer.isView(body) || body instanceof ArrayBuffer) {
    const bytes = ArrayBuffer.isView(body)
      ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
      : new Uint8Array(body);
    // More bytes than MAX_BODY_BYTES cannot add characters to the prefix.
    truncated = bytes.byteLength > MAX_BODY_BYTES;
    text = decoder.decode(truncated ? bytes.subarray(0, MAX_BODY_BYTES) : bytes);
  } else if (typeof body === 'object') {
    const kind = unreadableKind(body);
    if (kind !== undefined) {
      return {
        unreadable: `the body is ${kind}, which cannot be read synchronously; read it first, e.g. \`body: await res.text()\``,
      };
    }
    // A client that parsed the JSON already (axios) hands over the value itself.
    const read = readJsonError(body, namedByHeader);
    if (hasCode(read?.fields) || (namedByHeader && read !== undefined)) return { ...read, kind: 'json' };
    return withMessage(readJsonError(body, true)?.fields, NOT_AN_ERROR_DOCUMENT + describeValue(body));
  } else {
    return { unreadable: `${NOT_AN_ERROR_DOCUMENT}a ${typeof body}` };
  }
  // A BOM would hide the first `<` from the scanner; S3 clients choke on it, we do not.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text === '') return {};
  const first = firstNonSpace(text);
  const read: BodyReading | undefined =
    first === '<' ? readS3ErrorXml(text) : first === '{' ? readJsonErrorText(text, namedByHeader) : undefined;
  if (hasCode(read?.fields))
    return { fields: read.fields, elements: read.elements, kind: first === '<' ? 'xml' : 'json' };
  if (namedByHeader && first === '{' && read !== undefined) return { ...read, kind: 'json' };
  const size = truncated ? ` (only the first ${MAX_BODY_CHARS} characters are read)` : '';
  // A code-less JSON document is read again for its top level's message: rare, and bounded.
  const codeless = first === '{' ? parseJsonErrorBody(text, true) : read?.fields;
  return withMessage(codeless, NOT_AN_ERROR_DOCUMENT + preview(text) + size);
}

/** A document with a message and no code (JD's image service answers 400s so) keeps its message. */
function withMessage(fields: ErrorBodyFields | undefined, unreadable: string): ReadBody {
  return fields?.message === undefined ? { unreadable } : { fields, unreadable };
}

export function hasCode(fields: ErrorBodyFields | undefined): fields is ErrorBodyFields & { code: string } {
  return fields?.code !== undefined && fields.code.trim() !== '';
}

const decoder = new TextDecoder('utf-8');

function firstNonSpace(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return text[i];
  }
  return undefined;
}

/** At most 80 characters of the start of `text`, whitespace runs collapsed; never reads further. */
function preview(text: string): string {
  const flat = text.slice(0, 400).replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 80 || text.length > 400 ? `${flat.slice(0, 80)}…` : flat);
}

/** A parsed value's shape, from its first few keys: never serialises the whole value. */
function describeValue(value: object): string {
  if (Array.isArray(value)) return `an array of ${value.length} items`;
  const keys: string[] = [];
  for (const key in value) {
    if (keys.length === 5) {
      keys.push('…');
      break;
    }
    keys.push(JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key));
  }
  return keys.length === 0 ? 'an object with no keys' : `an object with keys ${keys.join(', ')} and no code`;
}
