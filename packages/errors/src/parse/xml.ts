import type { ErrorBodyFields } from './fields.js';

const TAGS = [
  ['Code', 'code'],
  ['Message', 'message'],
  ['Resource', 'resource'],
  ['RequestId', 'requestId'],
  ['HostId', 'hostId'],
] as const;

/**
 * Reads the fields of an S3 XML error document (`<Error><Code>…`). A scanner, not a general XML
 * parser: S3 error bodies are flat, and scanning for five tags is several times faster than
 * building a tree. Tags are case-sensitive as in S3; values are entity-decoded and kept as sent.
 * Returns undefined when the text has no `<Code>` element.
 */
export function parseS3ErrorXml(xml: string): ErrorBodyFields | undefined {
  const fields: ErrorBodyFields = {};
  for (const [tag, key] of TAGS) {
    const value = elementText(xml, tag);
    if (value !== undefined) fields[key] = value;
  }
  return fields.code === undefined ? undefined : fields;
}

function elementText(xml: string, tag: string): string | undefined {
  const open = `<${tag}>`;
  const start = xml.indexOf(open);
  if (start === -1) return xml.includes(`<${tag}/>`) ? '' : undefined;
  const from = start + open.length;
  const end = xml.indexOf(`</${tag}>`, from);
  if (end === -1) return undefined;
  const raw = xml.slice(from, end);
  if (raw.startsWith('<![CDATA[') && raw.endsWith(']]>')) return raw.slice(9, -3);
  return raw.includes('&') ? decodeEntities(raw) : raw;
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (match, body: string) => {
    if (body[0] === '#') {
      const point = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return point <= 0x10ffff ? String.fromCodePoint(point) : match;
    }
    return NAMED[body] ?? match;
  });
}
