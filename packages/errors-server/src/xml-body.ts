import type { BodyFields } from './body-fields.js';

const XML_SPECIAL = /[&<>\r]/;
const XML_SPECIAL_ALL = /[&<>\r]/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/**
 * Escapes element text once. `>` is escaped so `]]>` cannot appear; CR becomes `&#13;` because
 * XML parsers turn a raw CR into LF (the AWS SDK's does).
 */
export function escapeXmlText(text: string): string {
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIAL_ALL, (c) => ENTITY[c]!) : text;
}

const PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n<Error>';

/**
 * The S3 error document: no BOM, raw UTF-8, `<Resource>` only when there is one, the code's
 * placeholder elements (`<ActualObjectSize>`…) last. With `status`, a `<statusCode>` element comes
 * first, as JSS writes it.
 */
export function xmlErrorBody(fields: BodyFields, status?: number): string {
  const statusCode = status === undefined ? '' : `<statusCode>${status}</statusCode>`;
  const resource = fields.resource === undefined ? '' : `<Resource>${escapeXmlText(fields.resource)}</Resource>`;
  const code = escapeXmlText(fields.code);
  const message = escapeXmlText(fields.message);
  let extra = '';
  for (const [name, value] of fields.elements)
    extra += `<${name}>${typeof value === 'number' ? value : escapeXmlText(value)}</${name}>`;
  return `${PROLOG}${statusCode}<Code>${code}</Code><Message>${message}</Message>${resource}<RequestId>${fields.requestId}</RequestId>${extra}</Error>`;
}
