import type { CatalogModel, ErrorModel } from '../../model/types.js';
import { docUrlOf } from '../doc-url.js';
import { EXAMPLE_REQUEST_ID, exampleBodyFields, exampleElements } from '../openapi/examples.js';
import { wireCases } from '../openapi/wire-cases.js';
import { s3ErrorXml } from '../openapi/xml.js';

export interface WireExample {
  /** The variant, or undefined for the code itself. */
  readonly variant: string | undefined;
  readonly xml: string;
  readonly json: string;
  readonly problem: string;
}

/**
 * The bodies JSS sends for a code and each variant, built as the OpenAPI examples are (the same
 * fields, the same XML printer, the code's elements last); problem+json as @jss/errors-server sends it by default: `type` is
 * the error's `docUrl`, which the generated class takes from the same `docUrlOf`.
 */
export function wireExamples(model: CatalogModel, error: ErrorModel): WireExample[] {
  return wireCases(error).map((c) => {
    const fields = exampleBodyFields(c);
    const value = (name: string) => fields.find(([n]) => n === name)?.[1];
    return {
      variant: c.variant,
      xml: s3ErrorXml([['statusCode', String(error.httpStatus)], ...fields]),
      json: JSON.stringify(Object.fromEntries(fields), null, 2),
      problem: JSON.stringify(
        {
          type: docUrlOf(model, error, c.variant),
          title: error.code,
          status: error.httpStatus,
          detail: c.message,
          instance: value('Resource'),
          code: error.code,
          requestId: EXAMPLE_REQUEST_ID,
          ...Object.fromEntries(exampleElements(error)),
        },
        null,
        2,
      ),
    };
  });
}
