import { JSS_REFERENCE_BASE_URL } from '@jss/error-codes';

// One setting per module instance; an error reads it when its docUrl is asked for, not when made.
let baseUrl: string = JSS_REFERENCE_BASE_URL;

/**
 * Where `error.docUrl` points: your own copy of the reference, say. Default: the published site
 * (`JSS_REFERENCE_BASE_URL`). Must be an absolute http(s) URL; a missing final slash is added.
 */
export function setJssDocsBaseUrl(url: string | URL): void {
  const parsed = new URL(String(url));
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new TypeError(`setJssDocsBaseUrl: an http(s) URL is needed, not ${JSON.stringify(String(url))}`);
  const href = parsed.href.replace(/[?#].*$/s, '');
  baseUrl = href.endsWith('/') ? href : `${href}/`;
}

/** The base URL `docUrl` uses now. */
export function getJssDocsBaseUrl(): string {
  return baseUrl;
}
