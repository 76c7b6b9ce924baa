import { existingBucket } from './buckets.js';
import { type OperationHandler, xmlReply } from './reply.js';
import { document, element } from './xml.js';

interface Page {
  readonly keys: string[];
  readonly prefixes: string[];
  readonly truncated: boolean;
  readonly last: string | undefined;
}

/** Keys after `after`, grouped by `delimiter` into common prefixes, at most `max` entries. */
function page(allKeys: Iterable<string>, prefix: string, delimiter: string, after: string, max: number): Page {
  const keys: string[] = [];
  const prefixes: string[] = [];
  let last: string | undefined;
  let truncated = false;
  for (const key of [...allKeys].sort()) {
    if (!key.startsWith(prefix) || key <= after) continue;
    const cut = delimiter === '' ? -1 : key.indexOf(delimiter, prefix.length);
    const entry = cut === -1 ? key : key.slice(0, cut + delimiter.length);
    if (entry === last) continue; // a common prefix already listed
    if (keys.length + prefixes.length >= max) {
      truncated = true;
      break;
    }
    if (cut === -1) keys.push(key);
    else prefixes.push(entry);
    last = entry;
  }
  return { keys, prefixes, truncated, last };
}

function maxKeys(query: URLSearchParams): number {
  const n = Number(query.get('max-keys') ?? 1000);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, 1000) : 1000;
}

/** Keys are URL-encoded when the client asks (`encoding-type=url`), as S3 does. */
function encoder(query: URLSearchParams): (text: string) => string {
  return query.get('encoding-type') === 'url' ? (text) => encodeURIComponent(text).replace(/%2F/g, '/') : (t) => t;
}

/** Lists in the object's sort order after the `after` key: last listed entry, with a prefix's end skipped. */
function afterEntry(entry: string, delimiter: string): string {
  return delimiter !== '' && entry.endsWith(delimiter) ? `${entry}\u{10FFFF}` : entry;
}

export const listObjectsV2: OperationHandler = (store, request) => {
  const bucket = existingBucket(store, request);
  const { query } = request;
  const prefix = query.get('prefix') ?? '';
  const delimiter = query.get('delimiter') ?? '';
  const token = query.get('continuation-token');
  const after = token === null ? (query.get('start-after') ?? '') : Buffer.from(token, 'base64url').toString();
  const max = maxKeys(query);
  const result = page(bucket.objects.keys(), prefix, delimiter, after, max);
  const enc = encoder(query);
  let inner = element('Name', request.bucket ?? '') + element('Prefix', enc(prefix));
  if (delimiter !== '') inner += element('Delimiter', enc(delimiter));
  inner += element('MaxKeys', max) + element('KeyCount', result.keys.length + result.prefixes.length);
  inner += element('IsTruncated', result.truncated);
  if (token !== null) inner += element('ContinuationToken', token);
  if (result.truncated && result.last !== undefined) {
    const next = Buffer.from(afterEntry(result.last, delimiter)).toString('base64url');
    inner += element('NextContinuationToken', next);
  }
  if (query.get('encoding-type') === 'url') inner += element('EncodingType', 'url');
  inner += contents(bucket.objects, result, enc);
  return xmlReply(document('ListBucketResult', inner));
};

export const listObjects: OperationHandler = (store, request) => {
  const bucket = existingBucket(store, request);
  const { query } = request;
  const prefix = query.get('prefix') ?? '';
  const delimiter = query.get('delimiter') ?? '';
  const marker = query.get('marker') ?? '';
  const max = maxKeys(query);
  const result = page(bucket.objects.keys(), prefix, delimiter, marker, max);
  const enc = encoder(query);
  let inner = element('Name', request.bucket ?? '') + element('Prefix', enc(prefix)) + element('Marker', enc(marker));
  if (delimiter !== '') inner += element('Delimiter', enc(delimiter));
  inner += element('MaxKeys', max) + element('IsTruncated', result.truncated);
  if (result.truncated && delimiter !== '' && result.last !== undefined)
    inner += element('NextMarker', enc(afterEntry(result.last, delimiter)));
  if (query.get('encoding-type') === 'url') inner += element('EncodingType', 'url');
  inner += contents(bucket.objects, result, enc);
  return xmlReply(document('ListBucketResult', inner));
};

function contents(
  objects: Map<string, { body: Buffer; etag: string; lastModified: Date }>,
  result: Page,
  enc: (text: string) => string,
): string {
  let out = '';
  for (const key of result.keys) {
    const object = objects.get(key)!;
    out +=
      `<Contents>${element('Key', enc(key))}${element('LastModified', object.lastModified.toISOString())}` +
      `${element('ETag', object.etag)}${element('Size', object.body.length)}${element('StorageClass', 'STANDARD')}</Contents>`;
  }
  for (const prefix of result.prefixes) out += `<CommonPrefixes>${element('Prefix', enc(prefix))}</CommonPrefixes>`;
  return out;
}
