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

/** Values of every `<name>…</name>` in a request body (CompleteMultipartUpload, DeleteObjects). */
export function elementValues(xml: string, name: string): string[] {
  const out: string[] = [];
  const pattern = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g');
  for (const match of xml.matchAll(pattern)) out.push(unescapeXml(match[1]!));
  return out;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, entity: string) => {
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    if (entity === 'amp') return '&';
    const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return String.fromCodePoint(code);
  });
}
