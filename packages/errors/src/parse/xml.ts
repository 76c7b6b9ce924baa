import type { ErrorBodyFields } from './fields.js';

/** Child elements of the root that we read, by tag name (case-sensitive, as in S3). */
const FIELDS: Readonly<Record<string, keyof ErrorBodyFields>> = {
  Code: 'code',
  Message: 'message',
  Resource: 'resource',
  RequestId: 'requestId',
  HostId: 'hostId',
};

/**
 * Reads the fields of an S3 XML error document (`<Error><Code>…`). A one-pass scanner rather than
 * a general XML parser (S3 error bodies are flat, and this is several times faster than building
 * a tree), but element-aware: it reads only direct children of the root, whatever the root is
 * called (as the AWS SDK does), skips comments, processing instructions and CDATA when looking for
 * tags, allows attributes, and decodes entities and CDATA in values. Values are kept as sent
 * (not trimmed). Returns undefined when the root has no `<Code>` child.
 */
export function parseS3ErrorXml(xml: string): ErrorBodyFields | undefined {
  const fields: ErrorBodyFields = {};
  let depth = 0;
  let capture: keyof ErrorBodyFields | undefined;
  let captureStart = 0;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      // <![CDATA[…]]>, <!-- … -->, <!DOCTYPE …>, <?xml …?>: skip to their end, never a tag inside.
      const close = xml.startsWith('<![CDATA[', lt) ? ']]>' : xml.startsWith('<!--', lt) ? '-->' : '>';
      const end = xml.indexOf(close, lt + 2);
      if (end === -1) break;
      i = end + close.length;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt === -1) break;
    i = gt + 1;
    if (next === 0x2f /* / */) {
      depth--;
      if (capture !== undefined && depth === 1) {
        fields[capture] = textContent(xml.slice(captureStart, lt));
        capture = undefined;
      }
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    if (depth === 1 && capture === undefined) {
      const key = fieldOf(xml, lt + 1, selfClosing ? gt - 1 : gt);
      if (key !== undefined && fields[key] === undefined) {
        if (selfClosing) fields[key] = '';
        else {
          capture = key;
          captureStart = gt + 1;
        }
      }
    }
    if (!selfClosing) depth++;
  }
  return fields.code === undefined ? undefined : fields;
}

/** The field a start tag `<Name attr="…">` stands for, if any. */
function fieldOf(xml: string, from: number, to: number): keyof ErrorBodyFields | undefined {
  let end = from;
  while (end < to && !isNameEnd(xml.charCodeAt(end))) end++;
  const name = xml.slice(from, end);
  return Object.hasOwn(FIELDS, name) ? FIELDS[name] : undefined;
}

function isNameEnd(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f;
}

/** Element content: CDATA sections as they are, the rest entity-decoded. */
function textContent(raw: string): string {
  if (!raw.includes('<![CDATA[')) return raw.includes('&') ? decodeEntities(raw) : raw;
  let out = '';
  let i = 0;
  for (;;) {
    const start = raw.indexOf('<![CDATA[', i);
    if (start === -1) return out + decodeEntities(raw.slice(i));
    const end = raw.indexOf(']]>', start + 9);
    out += decodeEntities(raw.slice(i, start)) + raw.slice(start + 9, end === -1 ? raw.length : end);
    if (end === -1) return out;
    i = end + 3;
  }
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (match, body: string) => {
    if (body[0] !== '#') return NAMED[body] ?? match;
    const point = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return isXmlChar(point) ? String.fromCodePoint(point) : '\uFFFD';
  });
}

/** Characters XML 1.0 allows; a reference to any other (NUL, a surrogate) is not text. */
function isXmlChar(point: number): boolean {
  return (
    point === 0x9 ||
    point === 0xa ||
    point === 0xd ||
    (point >= 0x20 && point <= 0xd7ff) ||
    (point >= 0xe000 && point <= 0xfffd) ||
    (point >= 0x10000 && point <= 0x10ffff)
  );
}
