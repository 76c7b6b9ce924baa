/**
 * The path of a request URL, as the default `Resource`: `/bucket/key` from `/bucket/key?x=1` or
 * `https://host/bucket/key?x=1`. The query is dropped on purpose: presigned URLs carry
 * credentials and signatures there. The path stays percent-encoded, as received.
 */
export function pathOfUrl(url: string | undefined): string | undefined {
  if (url === undefined || url === '') return undefined;
  let start = 0;
  if (url[0] !== '/') {
    const scheme = url.indexOf('://');
    if (scheme === -1) return undefined;
    start = url.indexOf('/', scheme + 3);
    if (start === -1) return '/';
  }
  let end = url.length;
  for (const stop of ['?', '#']) {
    const at = url.indexOf(stop, start);
    if (at !== -1 && at < end) end = at;
  }
  return url.slice(start, end);
}
