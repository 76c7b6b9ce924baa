import type { BodyFields } from './body-fields.js';
import { statusPhrase } from './status-phrases.js';

/** `{"Code","Message","Resource","RequestId"}`: the XML document's fields under the same names. */
export function jsonErrorBody(fields: BodyFields): string {
  return JSON.stringify({
    Code: fields.code,
    Message: fields.message,
    Resource: fields.resource,
    RequestId: fields.requestId,
  });
}

/**
 * RFC 9457 problem details, with the S3 fields as the extension members `code` and `requestId`
 * (`detail` is the message, `instance` the resource). `type` is `typeBase` plus the code when
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
  return JSON.stringify({
    type: typed ? type : 'about:blank',
    title: typed ? fields.code : statusPhrase(status),
    status,
    detail: fields.message,
    instance: fields.resource,
    code: fields.code,
    requestId: fields.requestId,
  });
}
