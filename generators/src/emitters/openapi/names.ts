/**
 * The one naming rule of the OpenAPI components. A response is named by its message key (`NoSuchBucket`,
 * `BucketNotEmpty_acl`), a status by `Status<n>`; examples add the media type after a dot, which no code
 * or key contains. The schema keeps codes and variant ids to letters and digits, so every name is one
 * OpenAPI allows (`^[a-zA-Z0-9.\-_]+$`); `openapi/check.ts` refuses two that collide.
 */

/** The response for every code of one status, each code an example. */
export function statusResponseName(status: number): string {
  return `Status${status}`;
}

/** The response of one status without a body (HEAD, a proxy that drops it). */
export function bodilessResponseName(status: number): string {
  return `Status${status}NoBody`;
}

/** A response of one code or variant is named by its message key. */
export function responseName(messageKey: string): string {
  return messageKey;
}

export type ExampleMedia = 'xml' | 'json';

/** The example of one code or variant in one media type: `NoSuchBucket.xml`. */
export function exampleName(messageKey: string, media: ExampleMedia): string {
  return `${messageKey}.${media}`;
}

/** The fixed components the document defines besides the per-code ones. */
export const SCHEMA_NAMES = { code: 'JssErrorCode', xmlBody: 'JssErrorXml', jsonBody: 'JssErrorJson' } as const;
export const HEADER_NAMES = { requestId: 'XAmzRequestId', hostId: 'XAmzId2', retryAfter: 'RetryAfter' } as const;
