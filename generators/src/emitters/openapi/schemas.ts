import type { CatalogModel, ErrorModel } from '../../model/types.js';
import type { Dialect } from './dialect.js';
import { EXAMPLE_HOST_ID, EXAMPLE_REQUEST_ID } from './examples.js';
import { HEADER_NAMES, SCHEMA_NAMES } from './names.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** `components.schemas`: the code enum, the S3 XML error body and the JSON error body. */
export function schemaComponents(model: CatalogModel, dialect: Dialect): Record<string, unknown> {
  const source = model.locales.source;
  return {
    [SCHEMA_NAMES.code]: {
      type: 'string',
      description:
        'Every error code JSS sends, verbatim, even where misspelled: clients match on them. ' +
        'Each code is described in `x-enumDescriptions` (Redocly, GitBook, Scalar) and, in enum order, `x-enum-descriptions` (openapi-typescript, openapi-generator). ' +
        'Deprecated codes are listed in `x-deprecated-enum`; they are still sent and still work.',
      enum: model.errors.map((e) => e.code),
      'x-enum-descriptions': model.errors.map((e) => enumDescription(e, source)),
      'x-enumDescriptions': Object.fromEntries(model.errors.map((e) => [e.code, enumDescription(e, source)])),
      // OpenAPI cannot deprecate one member of an enum; tools that can read this list.
      'x-deprecated-enum': model.errors.filter((e) => e.deprecated).map((e) => e.code),
    },
    [SCHEMA_NAMES.xmlBody]: {
      type: 'object',
      description:
        'The S3 REST error document: `<Error>` with one element per field, `Content-Type: application/xml`. Clients read `Code` (case-sensitive, never trimmed) to tell errors apart.',
      xml: { name: 'Error' },
      required: ['Code', 'Message'],
      properties: {
        statusCode: {
          type: 'integer',
          description:
            'The HTTP status, first in the document as JSS writes it (`@jss/errors-server` sends it by default; the option `statusCodeElement: false` leaves it out). The response status is authoritative.',
          xml: { name: 'statusCode' },
          ...dialect.schemaExample(404),
        },
        ...bodyProperties(model, dialect, true),
      },
    },
    [SCHEMA_NAMES.jsonBody]: {
      type: 'object',
      description:
        'The same fields as the S3 XML error document, as a JSON object, for clients that ask for `application/json`. Absent fields are omitted, never null.',
      required: ['Code', 'Message'],
      properties: bodyProperties(model, dialect, false),
    },
  };
}

/** `HTTP 503. The text.`, a deprecated code's starting `Deprecated since …: reason.` */
function enumDescription(e: ErrorModel, source: string): string {
  const text = `HTTP ${e.httpStatus}. ${e.text[source]!}`;
  if (e.deprecated === undefined) return text;
  const instead = e.deprecated.replacement === undefined ? '' : ` Use ${e.deprecated.replacement} instead.`;
  return `Deprecated since ${e.deprecated.since}: ${e.deprecated.reason[source]!}${instead} ${text}`;
}

function bodyProperties(model: CatalogModel, dialect: Dialect, xml: boolean): Record<string, unknown> {
  const element = (name: string) => (xml ? { xml: { name } } : {});
  const text = (name: string, description: string, example: string) => ({
    type: 'string',
    description,
    ...element(name),
    ...dialect.schemaExample(example),
  });
  return {
    // allOf: in 3.0 a `$ref` hides its siblings, and the element name must survive.
    Code: { description: 'The error code, verbatim.', allOf: [ref(SCHEMA_NAMES.code)], ...element('Code') },
    Message: text(
      'Message',
      'The wire message, exactly as JSS sends it; a human-readable text in English.',
      model.errors[0]!.message,
    ),
    Resource: text('Resource', 'The bucket or object the request addressed.', '/examplebucket/photos/puppy.jpg'),
    RequestId: text('RequestId', 'The request id; the same as the `x-amz-request-id` header.', EXAMPLE_REQUEST_ID),
    HostId: text('HostId', 'An extended request id for support; the same as the `x-amz-id-2` header.', EXAMPLE_HOST_ID),
  };
}

/** `components.headers`: what every error response carries, and `Retry-After`. */
export function headerComponents(): Record<string, unknown> {
  return {
    [HEADER_NAMES.requestId]: {
      description:
        'The request id, also in the body as `RequestId`. S3 clients (AWS SDK, minio-js) report it from this header.',
      required: true,
      schema: { type: 'string' },
      example: EXAMPLE_REQUEST_ID,
    },
    [HEADER_NAMES.hostId]: {
      description:
        'An extended request id for support (the AWS SDK reports it as `extendedRequestId`). JSS does not send it; `@jss/errors-server` sends it only when asked for (`hostId`).',
      schema: { type: 'string' },
      example: EXAMPLE_HOST_ID,
    },
    [HEADER_NAMES.retryAfter]: {
      description: 'Seconds to wait before retrying. Sent only with the codes the catalog gives a `retryAfter`.',
      schema: { type: 'integer', minimum: 0 },
      example: 1,
    },
  };
}

export const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });
