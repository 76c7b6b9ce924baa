import { decodeEntities } from './entities.js';
import type { ErrorBodyFields } from './fields.js';
import { skipNonElement, startTagEnd } from './xml-markup.js';

/** The field a child of the root stands for, by tag name (case-sensitive, as in S3). */
function fieldNamed(name: string): keyof ErrorBodyFields | undefined {
  switch (name) {
    case 'Code':
      return 'code';
    case 'Message':
      return 'message';
    case 'Resource':
      return 'resource';
    case 'RequestId':
      return 'requestId';
    case 'HostId':
      return 'hostId';
    case 'Endpoint':
      return 'endpoint';
    case 'statusCode':
      return 'statusCode';
    default:
      return undefined;
  }
}

/**
 * Reads the fields of an S3 XML error document (`<Error><Code>…`). A one-pass scanner rather than
 * a general XML parser (S3 error bodies are flat, and this is several times faster than building
 * a tree), but it reads well-formed XML as a parser does: only direct children of the root count,
 * whatever the root is called (as the AWS SDK does); quoted attribute values, comments, processing
 * instructions, CDATA and a DOCTYPE (internal subset included) never open or close a tag. Values
 * are kept as sent (not trimmed), CDATA verbatim, comments inside dropped, the predefined and
 * numeric entities decoded. Returns undefined when the root has no `<Code>` child.
 */
export function parseS3ErrorXml(xml: string): ErrorBodyFields | undefined {
  const fields: ErrorBodyFields = {};
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
      i = gt + 1;
      continue;
    }
    const gt = startTagEnd(xml, lt);
    if (gt === -1) break;
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    i = gt + 1;
    if (depth === 1) {
      const key = fieldNamed(tagName(xml, lt + 1, selfClosing ? gt - 1 : gt));
      if (key !== undefined && fields[key] === undefined) {
        if (selfClosing) fields[key] = '';
        else {
          const content = readContent(xml, i);
          if (content === undefined) break;
          fields[key] = content.text;
          i = content.end;
        }
        continue;
      }
    }
    if (!selfClosing) depth++;
  }
  return fields.code === undefined ? undefined : fields;
}

function tagName(xml: string, from: number, to: number): string {
  let end = from;
  while (end < to && !isNameEnd(xml.charCodeAt(end))) end++;
  return xml.slice(from, end);
}

function isNameEnd(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f;
}

/**
 * The text of the element whose content starts at `from`, up to its own end tag: character data
 * entity-decoded, CDATA verbatim; comments, processing instructions and nested elements dropped
 * (as the AWS SDK keeps only an element's own text). Undefined when the document ends first.
 */
function readContent(xml: string, from: number): { text: string; end: number } | undefined {
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
