import type { BodyFields } from './body-fields.js';
import { statusPhrase } from './status-phrases.js';

/**
 * `{"Code","Message","Resource","RequestId"}`, then the code's placeholder elements: the XML
 * document's fields under the same names (an integer as a JSON number).
 */
export function jsonErrorBody(fields: BodyFields): string {
  return JSON.stringify(
    withElements(
      { Code: fields.code, Message: fields.message, Resource: fields.resource, RequestId: fields.requestId },
      fields,
    ),
  );
}

/**
 * RFC 9457 problem details, with the S3 fields as the extension members `code` and `requestId`
 * (`detail` is the message, `instance` the resource), and the code's placeholder elements under
 * their XML names, as in the plain JSON form. `type` is `typeBase` plus the code when
 * given, else the code's page in the reference (`docUrl`), else `about:blank`.
 */
export function problemJsonBody(
  fields: BodyFields,
  status: number,
  typeBase: string | undefined,
  docUrl: string | undefined,
): string {
  const type = typeBase !== undefined ? `${typeBase}${encodeURIComponent(fields.code)}` : docUrl;
  const typed = type !== undefined;
  return JSON.stringify(
    withElements(
      {
        type: typed ? type : 'about:blank',
        title: typed ? fields.code : statusPhrase(status),
        status,
        detail: fields.message,
        instance: fields.resource,
        code: fields.code,
        requestId: fields.requestId,
      },
      fields,
    ),
  );
}

/** Adds the placeholder elements after the members; never replaces one (a null-prototype-safe own check). */
function withElements(body: Record<string, unknown>, fields: BodyFields): Record<string, unknown> {
  for (const [name, value] of fields.elements) if (!Object.hasOwn(body, name)) body[name] = value;
  return body;
}
