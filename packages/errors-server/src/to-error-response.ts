import type { BodyFields } from './body-fields.js';
import { jsonErrorBody, problemJsonBody } from './json-body.js';
import { negotiateErrorFormat } from './negotiate.js';
import {
  acceptId,
  generateHostId,
  generateRequestId,
  MAX_HOST_ID_LENGTH,
  MAX_REQUEST_ID_LENGTH,
} from './request-id.js';
import { internalError, readSendable, type SendableError } from './sendable.js';
import type { ErrorBodyFormat, ErrorResponseOptions, OutgoingErrorResponse, UnexpectedErrorHook } from './types.js';
import { utf8Length } from './utf8-length.js';
import { headerValueOf } from './wire-params.js';
import { MAX_CODE_LENGTH, MAX_TEXT_LENGTH, wireText } from './wire-text.js';
import { xmlErrorBody } from './xml-body.js';

const CONTENT_TYPE: Readonly<Record<ErrorBodyFormat, string>> = {
  xml: 'application/xml',
  json: 'application/json',
  problem: 'application/problem+json',
};

/**
 * Turns anything thrown into the response JSS would send: the S3 XML error document (or JSON /
 * problem+json when `Accept` asks), `x-amz-request-id` on every response, the same id in the
 * body, `Retry-After` where the catalog gives one, no body for HEAD. The error's placeholder
 * values the catalog gives a wire location go into the body as elements (JSON members) and into
 * their headers (`Content-Range` of InvalidRange), a header only when its value is sendable as is.
 *
 * Anything that is not a JssError (or is one with a status outside 300-599 (a redirect is an error response too: PermanentRedirect 301), or cannot even be
 * read) is answered as InternalError (500), and only `onUnexpectedError` sees it: no stack,
 * message or cause leaks. It never throws.
 */
export function toErrorResponse(error: unknown, options: ErrorResponseOptions = {}): OutgoingErrorResponse {
  const jss = readSendable(error);
  const requestId =
    acceptId(options.requestId, MAX_REQUEST_ID_LENGTH) ??
    acceptId(jss?.requestId, MAX_REQUEST_ID_LENGTH) ??
    generateRequestId();
  const sent = jss ?? unexpected(error, requestId, options.onUnexpectedError);
  // An empty resource is no resource: it must not hide the request path the adapter gives.
  const resource = sent.resource || options.resource;
  const fields: BodyFields = {
    code: wireText(sent.code, MAX_CODE_LENGTH),
    message: wireText(sent.message, MAX_TEXT_LENGTH),
    resource:
      resource === undefined || resource === null || resource === '' ? undefined : wireText(resource, MAX_TEXT_LENGTH),
    requestId,
    elements: sent.wire.flatMap((param) =>
      param.element === undefined ? [] : [[param.element, param.value] as const],
    ),
  };
  const status = sent.httpStatus;
  const format = negotiateErrorFormat(options.accept);
  const body =
    format === 'xml'
      ? xmlErrorBody(fields, options.statusCodeElement === false ? undefined : status)
      : format === 'json'
        ? jsonErrorBody(fields)
        : problemJsonBody(fields, status, options.problemTypeBase, sent.docUrl);
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPE[format],
    'content-length': String(utf8Length(body)),
    'x-amz-request-id': requestId,
  };
  const hostId = hostIdOf(options.hostId, sent);
  if (hostId !== undefined) headers['x-amz-id-2'] = hostId;
  headers.vary = 'Accept';
  const retryAfter = sent.retryAfter;
  if (typeof retryAfter === 'number' && Number.isSafeInteger(retryAfter) && retryAfter >= 0)
    headers['retry-after'] = String(retryAfter);
  for (const { header, value } of sent.wire) {
    const text = header === undefined ? undefined : headerValueOf(value);
    // A placeholder never replaces a header the response itself needs.
    if (text !== undefined && header !== undefined && !Object.hasOwn(headers, header)) headers[header] = text;
  }
  return { status, headers, body: options.method === 'HEAD' ? null : body, requestId };
}

/** `x-amz-id-2`, only when asked for (JSS does not send it): the given id, the error's, or a new one. */
function hostIdOf(option: string | boolean | undefined, sent: SendableError): string | undefined {
  if (option === undefined || option === false) return undefined;
  return acceptId(option, MAX_HOST_ID_LENGTH) ?? acceptId(sent.hostId, MAX_HOST_ID_LENGTH) ?? generateHostId();
}

function unexpected(error: unknown, requestId: string, hook: UnexpectedErrorHook | undefined): SendableError {
  if (hook) {
    try {
      hook(error, { requestId });
    } catch {
      // A failing logger must not cost the client its response.
    }
  }
  return internalError(requestId);
}
