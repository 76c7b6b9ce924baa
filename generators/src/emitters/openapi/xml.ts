import { join } from 'node:path';
import { packagesDir, runtimeFunction } from '../../model/runtime-module.js';

/**
 * Element text escaped as the server escapes it: `@jss/errors-server`'s own `escapeXmlText`, so
 * the documented examples are what a JSS server sends. The catalog's rules keep characters XML
 * cannot carry out of its texts.
 */
const escapeXmlText = (text: string) =>
  runtimeFunction<(text: string) => string>(
    join(packagesDir, 'errors-server', 'src', 'xml-body.ts'),
    'escapeXmlText',
  )(text);

/** The S3 REST error document, as a JSS server sends it: declaration, `<Error>`, one element per field. */
export function s3ErrorXml(fields: readonly (readonly [element: string, value: string | number])[]): string {
  const lines = fields.map(([element, value]) => `  <${element}>${escapeXmlText(String(value))}</${element}>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<Error>', ...lines, '</Error>'].join('\n');
}
