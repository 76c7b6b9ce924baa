import { BadRequestError } from '@jss/errors';

/** Characters XML 1.0 cannot carry become U+FFFD; `&`, `<`, `>` are escaped: key text never breaks a listing. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** `<name>text</name>` with the text escaped. */
export function element(name: string, text: string | number | boolean): string {
  return `<${name}>${xmlText(String(text))}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** A success document: declaration, then the root with S3's namespace. */
export function document(root: string, inner: string): string {
  return `${XML_DECLARATION}<${root} xmlns="${S3_NS}">${inner}</${root}>`;
}

/** S3 documents of a request are small; a larger one is refused before it is read. */
export const MAX_DOCUMENT_BYTES: number = 2 * 1024 * 1024;

/** The XML document a request carries (CompleteMultipartUpload, DeleteObjects); BadRequest when too large. */
export function requestDocument(request: { readonly body: Buffer; readonly path: string }): string {
  if (request.body.length > MAX_DOCUMENT_BYTES) throw new BadRequestError({ resource: request.path });
  return request.body.toString('utf8');
}

/**
 * Values of every `<name>…</name>` in a document, in one pass (each search starts where the last
 * ended, so an unclosed tag costs one scan, not one per tag). An entity that is no character is
 * BadRequest, as a malformed document is.
 */
export function elementValues(xml: string, name: string, resource: string): string[] {
  const open = `<${name}>`;
  const close = `</${name}>`;
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = xml.indexOf(open, at);
    if (start === -1) return out;
    const end = xml.indexOf(close, start + open.length);
    if (end === -1) return out;
    out.push(unescapeXml(xml.slice(start + open.length, end), resource));
    at = end + close.length;
  }
}

function unescapeXml(text: string, resource: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d{1,8}|#x[0-9a-fA-F]{1,8});/g, (_, entity: string) => {
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    if (entity === 'amp') return '&';
    const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    if (code > 0x10ffff) throw new BadRequestError({ resource });
    return String.fromCodePoint(code);
  });
}
