/**
 * Text made safe as XML 1.0 element content. Markup characters become entities; characters XML
 * 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, since
 * no entity can express them; a CR becomes `&#13;` so parsers do not fold it into a newline.
 */
export function escapeXmlText(text: string): string {
  return text
    .replace(
      /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    )
    .replace(/[&<>\r]/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/** The S3 REST error document, as a JSS server sends it: declaration, `<Error>`, one element per field. */
export function s3ErrorXml(fields: readonly (readonly [element: string, value: string])[]): string {
  const lines = fields.map(([element, value]) => `  <${element}>${escapeXmlText(value)}</${element}>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<Error>', ...lines, '</Error>'].join('\n');
}
