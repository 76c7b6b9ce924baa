import type { CatalogModel, ErrorModel } from '../../model/types.js';
import { exampleName, type ExampleMedia } from './names.js';
import { caseLabel, wireCases, type WireCase } from './wire-cases.js';
import { s3ErrorXml } from './xml.js';

/** The request id of every example, as in the S3 documentation; the same in header and body. */
export const EXAMPLE_REQUEST_ID = '4442587FB7D0A2F9';
export const EXAMPLE_HOST_ID = 'eftixk72aD6Ap51TnqcoF8eFidJG9Z/2mkiDFu8yU9AS1ed4OpIszj7UDNEHGran';

const BUCKET = '/examplebucket';
const OBJECT = '/examplebucket/photos/puppy.jpg';

/** `components.examples`: each code and variant as an S3 XML body and as a JSON body. */
export function exampleComponents(model: CatalogModel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of model.errors.flatMap(wireCases)) {
    const summary = `${caseLabel(c)}, HTTP ${c.error.httpStatus}`;
    const fields = exampleBodyFields(c);
    out[exampleName(c.key, 'xml')] = {
      summary,
      value: s3ErrorXml([['statusCode', String(c.error.httpStatus)], ...fields]),
    };
    out[exampleName(c.key, 'json')] = { summary, value: Object.fromEntries(fields) };
  }
  return out;
}

/** A media type's `examples`: one `$ref` per case, keyed by message key. */
export function exampleRefs(cases: readonly WireCase[], media: ExampleMedia): Record<string, unknown> {
  return Object.fromEntries(cases.map((c) => [c.key, { $ref: `#/components/examples/${exampleName(c.key, media)}` }]));
}

/**
 * The body's fields of a case, in wire order (also the reference site's examples): the base ones,
 * then the code's elements, last, as @jss/errors-server sends them; an integer stays a number, so
 * the JSON example validates against its schema.
 */
export function exampleBodyFields(c: WireCase): [string, string | number][] {
  return [
    ['Code', c.error.code],
    ['Message', c.message],
    ['Resource', exampleResource(c.error)],
    ['RequestId', EXAMPLE_REQUEST_ID],
    ...exampleElements(c.error),
  ];
}

/** The code's wire elements with their catalog `example` (else a stand-in of the param's type). */
export function exampleElements(error: ErrorModel): [string, string | number][] {
  return error.params.flatMap((p) =>
    p.wire?.element === undefined ? [] : [[p.wire.element, p.example ?? (p.type === 'integer' ? 0 : p.name)]],
  );
}

/** A bucket for errors about a bucket (they name `bucket` but no `key`), else an object. */
function exampleResource(error: ErrorModel): string {
  const names = error.params.map((p) => p.name);
  return names.includes('bucket') && !names.includes('key') ? BUCKET : OBJECT;
}
