import type { JssError } from '../../jss-error.js';
import type { ErrorBodyFields } from '../../parse/fields.js';
import { parseJsonErrorBody } from '../../parse/json.js';
import { parseS3ErrorXml } from '../../parse/xml.js';
import { retryAfterHintMs } from '../../retry/retry-after.js';
import { buildJssError } from '../build-error.js';
import { paramsOfResource, type RequestFacts } from '../request-facts.js';

/** The part of a Fetch `Response` this reads. */
export interface FetchResponseLike {
  readonly status: number;
  readonly url?: string;
  readonly headers: Headers;
  text(): Promise<string>;
}

/**
 * The typed JSS error of a failed Fetch response. Reads the body once (pass `res.clone()` to
 * keep it). Placeholders come from `facts.params`, else the body's `<Resource>`, else the
 * path-style URL (`/bucket/key`); `facts.operation` (`HeadBucket`) decides a bodiless 404.
 * The server's `Retry-After` / `x-amz-retry-after` is kept as `error.retryAfterHintMs`.
 */
export async function fromFetchResponse(
  response: FetchResponseLike,
  facts: RequestFacts = {},
): Promise<JssError<string>> {
  let text = '';
  let readFailure: unknown;
  try {
    text = await response.text();
  } catch (error) {
    readFailure = error;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const fields = fieldsOf(text);
  const unreadable =
    fields?.code === undefined && text.trim() !== ''
      ? new Error(`The error response body is neither an S3 XML nor a JSON error document: ${preview(text)}`)
      : readFailure;
  const error = buildJssError({
    ...facts,
    params: { ...paramsOfUrl(response.url), ...facts.params },
    code: fields?.code,
    message: fields?.message,
    resource: fields?.resource,
    requestId: fields?.requestId ?? header(response, 'x-amz-request-id') ?? header(response, 'x-amzn-requestid'),
    hostId: fields?.hostId ?? header(response, 'x-amz-id-2'),
    status: response.status,
    cause: unreadable,
  });
  const hint = retryAfterHintMs(response.headers);
  if (hint !== undefined) Object.defineProperty(error, 'retryAfterHintMs', { value: hint, configurable: true });
  return error;
}

function fieldsOf(text: string): ErrorBodyFields | undefined {
  const first = text.trimStart()[0];
  return first === '<' ? parseS3ErrorXml(text) : first === '{' ? parseJsonErrorBody(text) : undefined;
}

const header = (response: FetchResponseLike, name: string) => response.headers.get(name) ?? undefined;

function paramsOfUrl(url: string | undefined): Record<string, string> {
  if (url === undefined || url === '') return {};
  try {
    return paramsOfResource(new URL(url).pathname);
  } catch {
    return {};
  }
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 80)}…` : flat);
}
