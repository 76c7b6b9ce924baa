import { decodeEntities } from './entities.js';
import { type BodyReading, type ErrorBodyFields, keepElement } from './fields.js';
import { skipNonElement, startTagEnd } from './xml-markup.js';

/** The field the child `<name…>` of the root stands for (case-sensitive, as in S3); compared in place. */
function fieldAt(xml: string, from: number, end: number): keyof ErrorBodyFields | undefined {
  switch (xml.charCodeAt(from)) {
    case 0x43 /* C */:
      return isName(xml, from, end, 'Code') ? 'code' : undefined;
    case 0x4d /* M */:
      return isName(xml, from, end, 'Message') ? 'message' : undefined;
    case 0x52 /* R */:
      if (isName(xml, from, end, 'Resource')) return 'resource';
      return isName(xml, from, end, 'RequestId') ? 'requestId' : undefined;
    case 0x48 /* H */:
      return isName(xml, from, end, 'HostId') ? 'hostId' : undefined;
    case 0x45 /* E */:
      return isName(xml, from, end, 'Endpoint') ? 'endpoint' : undefined;
    case 0x53 /* S */:
      return isName(xml, from, end, 'ServerTime') ? 'serverTime' : undefined;
    case 0x73 /* s */:
      return isName(xml, from, end, 'statusCode') ? 'statusCode' : undefined;
    default:
      return undefined;
  }
}

function isName(xml: string, from: number, end: number, name: string): boolean {
  return end - from === name.length && xml.startsWith(name, from);
}

/**
 * Reads the fields of an S3 XML error document (`<Error><Code>…`). A one-pass scanner rather than
 * a general XML parser (S3 error bodies are flat, and this is several times faster than building
 * a tree), but it reads well-formed XML as a parser does: only direct children of the root count,
 * whatever the root is called (as the AWS SDK does); quoted attribute values, comments, processing
 * instructions, CDATA and a DOCTYPE (internal subset included) never open or close a tag. Values
 * are kept as sent (not trimmed), CDATA verbatim, comments inside dropped, the predefined and
 * numeric entities decoded. The AWS XML protocols' wrapping, `<ErrorResponse><Error><Code>…</Code>
 * </Error><RequestId>…</RequestId></ErrorResponse>`, is read as the AWS SDK reads it: the root's
 * `<Error>` child's fields first, the root's own where it has none. Returns undefined when neither
 * has a `<Code>`.
 */
export function parseS3ErrorXml(xml: string): ErrorBodyFields | undefined {
  return readS3ErrorXml(xml)?.fields;
}

/** {@link parseS3ErrorXml}, with every child of the error element by name (see `BodyReading`). */
export function readS3ErrorXml(xml: string): BodyReading | undefined {
  const fields: ErrorBodyFields = {};
  /** The fields of the root's first `<Error>` child, when it has one. */
  const wrapped: ErrorBodyFields = {};
  // The other children of each, by name: made only when there is one (most bodies have none).
  let rootElements: Map<string, string> | undefined;
  let wrappedElements: Map<string, string> | undefined;
  let inError = false;
  let errorSeen = false;
  let depth = 0;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) break;
    const skipped = skipNonElement(xml, lt);
    if (skipped !== undefined) {
      if (skipped === -1) break;
      i = skipped;
      continue;
    }
    if (xml.charCodeAt(lt + 1) === 0x2f /* / */) {
      const gt = xml.indexOf('>', lt);
      if (gt === -1) break;
      if (depth > 0) depth--; // a stray end tag does not push the root's children out of reach
      if (depth < 2) inError = false;
      i = gt + 1;
      continue;
    }
    const end = nameEnd(xml, lt + 1);
    // Most tags end right after their name; only one with attributes needs the quote-aware scan.
    const gt = xml.charCodeAt(end) === 0x3e /* > */ ? end : startTagEnd(xml, lt);
    if (gt === -1) break;
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    i = gt + 1;
    const into = depth === 1 ? fields : depth === 2 && inError ? wrapped : undefined;
    if (into !== undefined) {
      const key = fieldAt(xml, lt + 1, end);
      // A repeated field is stepped through; a root's `<Error>` child is the AWS wrapping, entered.
      const read = key !== undefined ? into[key] === undefined : depth === 2 || !isName(xml, lt + 1, end, 'Error');
      if (read) {
        let text = '';
        if (!selfClosing) {
          const content = readContent(xml, i);
          if (content === undefined) break;
          text = content.text;
          i = content.end;
        }
        if (key !== undefined) into[key] = text;
        // The base fields are never a placeholder's element (the catalog refuses them); ServerTime may be.
        if (key === undefined || key === 'serverTime') {
          if (into === fields) rootElements ??= new Map();
          else wrappedElements ??= new Map();
          keepElement((into === fields ? rootElements : wrappedElements)!, xml.slice(lt + 1, end), text);
        }
        continue;
      }
    }
    if (!selfClosing) {
      if (depth === 1 && !errorSeen && isName(xml, lt + 1, end, 'Error')) inError = errorSeen = true;
      depth++;
    }
  }
  if (wrapped.code !== undefined) {
    // The wrapped element's own children first, the root's where it has none (as its fields).
    const elements = wrappedElements ?? new Map<string, string>();
    for (const [name, value] of rootElements ?? NO_ELEMENTS) keepElement(elements, name, value);
    return { fields: { ...fields, ...wrapped }, elements }; // only fields found are keys
  }
  return fields.code === undefined ? undefined : { fields, elements: rootElements ?? NO_ELEMENTS };
}

const NO_ELEMENTS: ReadonlyMap<string, string> = new Map();

/** Where the tag name starting at `from` ends: whitespace, `/`, `>`, or the end of the text. */
function nameEnd(xml: string, from: number): number {
  let end = from;
  for (; end < xml.length; end++) {
    const c = xml.charCodeAt(end);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e) break;
  }
  return end;
}

/**
 * The text of the element whose content starts at `from`, up to its own end tag: character data
 * entity-decoded, CDATA verbatim; comments, processing instructions and nested elements dropped
 * (as the AWS SDK keeps only an element's own text). Undefined when the document ends first.
 */
function readContent(xml: string, from: number): { text: string; end: number } | undefined {
  const lt = xml.indexOf('<', from);
  if (lt !== -1 && xml.charCodeAt(lt + 1) === 0x2f /* / */) {
    // The usual case: text, then the end tag.
    const gt = xml.indexOf('>', lt);
    return gt === -1 ? undefined : { text: decodeEntities(xml.slice(from, lt)), end: gt + 1 };
  }
  let text = '';
  let nested = 0;
  let i = from;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) return undefined;
    if (lt > i && nested === 0) text += decodeEntities(xml.slice(i, lt));
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1) return undefined;
      if (nested === 0) text += xml.slice(lt + 9, end);
      i = end + 3;
      continue;
    }
    const skipped = skipNonElement(xml, lt);
    if (skipped !== undefined) {
      if (skipped === -1) return undefined;
      i = skipped;
      continue;
    }
    const closing = xml.charCodeAt(lt + 1) === 0x2f;
    const gt = closing ? xml.indexOf('>', lt) : startTagEnd(xml, lt);
    if (gt === -1) return undefined;
    i = gt + 1;
    if (closing) {
      if (nested === 0) return { text, end: i };
      nested--;
    } else if (xml.charCodeAt(gt - 1) !== 0x2f) nested++;
  }
}
