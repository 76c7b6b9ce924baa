import { isObj, type Report } from './raw.js';
import type { CatalogPath } from './yaml-source.js';

/**
 * Elements every error body already has (JSS writes `statusCode` first): a param on one of them
 * would be written twice or read as the wrong thing. Compared case-insensitively, since a JSON body
 * or a lenient parser may not tell `Code` from `code`.
 */
const BASE_ELEMENTS = ['Code', 'Message', 'Resource', 'RequestId', 'HostId', 'Endpoint', 'StatusCode'];

/** Headers the server helpers or HTTP itself set on every error response; a param may not take them over. */
const OWNED_HEADERS = [
  'x-amz-request-id',
  'x-amz-id-2',
  'content-type',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'retry-after',
  'vary',
  'date',
  'server',
];

/** An XML element name without a namespace prefix, ASCII only (what an S3 error body uses). */
const XML_NAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;
/** An HTTP field name: an RFC 9110 token, less ` and | (no header uses them; Markdown tables and code spans would break). */
const HEADER_TOKEN = /^[!#$%&'*+.^_~0-9A-Za-z-]+$/;

/** Whether a declared param is carried by the wire: then no text has to use it. */
export const isWireParam = (param: unknown): boolean =>
  isObj(param) && (typeof param.element === 'string' || typeof param.header === 'string');

/**
 * The wire locations of one code's params: valid names, none the base body or the server owns, and
 * no two params on the same element or header.
 */
export function checkParamWire(params: unknown, base: CatalogPath, code: string, report: Report): void {
  if (!isObj(params)) return;
  const taken = new Map<string, string>(); // `element:x` / `header:x`, lower-cased → param name
  for (const [name, param] of Object.entries(params)) {
    if (!isObj(param)) continue;
    const { element, header } = param;
    if (typeof element === 'string') {
      const at: CatalogPath = [...base, name, 'element'];
      if (!XML_NAME.test(element)) {
        report(
          at,
          `element "${element}" of ${code}.${name} is not an XML element name (a letter or _, then letters, digits, _ . -)`,
        );
      } else if (element.toLowerCase().startsWith('xml')) {
        report(at, `element "${element}" of ${code}.${name} starts with "xml", which XML reserves`);
      } else if (element in Object.prototype) {
        // It is also the key of a JSON body, where a name every object has cannot be a member.
        report(at, `element "${element}" of ${code}.${name} is a name every object has; choose another`);
      } else if (BASE_ELEMENTS.some((b) => b.toLowerCase() === element.toLowerCase())) {
        report(
          at,
          `element "${element}" of ${code}.${name} is one every error body has (${BASE_ELEMENTS.join(', ')}); a param cannot carry it`,
        );
      } else {
        claim(taken, `element:${element.toLowerCase()}`, name, at, `element "${element}"`, code, report);
      }
    }
    if (typeof header === 'string') {
      const at: CatalogPath = [...base, name, 'header'];
      if (!HEADER_TOKEN.test(header)) {
        report(
          at,
          `header "${header}" of ${code}.${name} is not an HTTP header name (letters, digits and !#$%&'*+-.^_~)`,
        );
      } else if (OWNED_HEADERS.includes(header.toLowerCase())) {
        report(
          at,
          `header "${header}" of ${code}.${name} is set by the server on every error response; a param cannot carry it`,
        );
      } else {
        claim(taken, `header:${header.toLowerCase()}`, name, at, `header "${header}"`, code, report);
      }
    }
  }
}

function claim(
  taken: Map<string, string>,
  slot: string,
  name: string,
  at: CatalogPath,
  what: string,
  code: string,
  report: Report,
) {
  const first = taken.get(slot);
  if (first === undefined) taken.set(slot, name);
  else report(at, `${what} of ${code}.${name} already carries ${code}.${first}; one param per element or header`);
}
