import { existingBucket, OWNER } from './buckets.js';
import { InvalidArgumentError } from '@jss/errors';
import { type OperationHandler, type S3Request, xmlReply } from './reply.js';
import { document, element } from './xml.js';

interface Page {
  readonly keys: string[];
  readonly prefixes: string[];
  readonly truncated: boolean;
  readonly last: string | undefined;
}

/**
 * Keys as S3 orders them: by UTF-8 bytes, which is code point order. JavaScript compares UTF-16
 * units, where a surrogate pair (U+10000 and up) sorts below U+E000–U+FFFF; moving those ranges
 * fixes that without encoding.
 */
export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}

/**
 * Entries after `after` (a key, or a common prefix already listed), keys grouped by `delimiter`
 * into common prefixes, at most `max`. An entry is a key or its common prefix; entries rise with
 * the keys, so "entry after `after`" both resumes after a key and skips a prefix's every key.
 */
function page(allKeys: Iterable<string>, prefix: string, delimiter: string, after: string, max: number): Page {
  const keys: string[] = [];
  const prefixes: string[] = [];
  let last: string | undefined;
  let truncated = false;
  // max-keys=0 lists nothing and is not truncated, as S3 answers it.
  if (max === 0) return { keys, prefixes, truncated, last };
  for (const key of [...allKeys].sort(compareKeys)) {
    if (!key.startsWith(prefix)) continue;
    const cut = delimiter === '' ? -1 : key.indexOf(delimiter, prefix.length);
    const entry = cut === -1 ? key : key.slice(0, cut + delimiter.length);
    if (entry === last || compareKeys(entry, after) <= 0) continue;
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

/** `max-keys`: 0 to 1000 (more is 1000, as S3 caps it); anything else is InvalidArgument. */
function maxKeys(request: S3Request): number {
  const text = request.query.get('max-keys');
  if (text === null) return 1000;
  if (!/^\d{1,10}$/.test(text)) throw new InvalidArgumentError({ resource: request.path });
  return Math.min(Number(text), 1000);
}

/** Keys are URL-encoded when the client asks (`encoding-type=url`), as S3 does. */
function encoder(query: URLSearchParams): (text: string) => string {
  return query.get('encoding-type') === 'url' ? (text) => encodeURIComponent(text).replace(/%2F/g, '/') : (t) => t;
}

export const listObjectsV2: OperationHandler = (store, request) => {
  const bucket = existingBucket(store, request);
  const { query } = request;
  const prefix = query.get('prefix') ?? '';
  const delimiter = query.get('delimiter') ?? '';
  const token = query.get('continuation-token');
  const startAfter = query.get('start-after');
  const after = token === null ? (startAfter ?? '') : Buffer.from(token, 'base64url').toString();
  const max = maxKeys(request);
  const result = page(bucket.objects.keys(), prefix, delimiter, after, max);
  const enc = encoder(query);
  let inner = element('Name', request.bucket ?? '') + element('Prefix', enc(prefix));
  if (delimiter !== '') inner += element('Delimiter', enc(delimiter));
  inner += element('MaxKeys', max) + element('KeyCount', result.keys.length + result.prefixes.length);
  inner += element('IsTruncated', result.truncated);
  if (token !== null) inner += element('ContinuationToken', token);
  if (startAfter !== null) inner += element('StartAfter', enc(startAfter));
  if (result.truncated && result.last !== undefined)
    inner += element('NextContinuationToken', Buffer.from(result.last).toString('base64url'));
  if (query.get('encoding-type') === 'url') inner += element('EncodingType', 'url');
  // v2 names each object's owner only when asked (`fetch-owner=true`), as S3 does.
  inner += contents(bucket.objects, result, enc, query.get('fetch-owner') === 'true');
  return xmlReply(document('ListBucketResult', inner));
};

export const listObjects: OperationHandler = (store, request) => {
  const bucket = existingBucket(store, request);
  const { query } = request;
  const prefix = query.get('prefix') ?? '';
  const delimiter = query.get('delimiter') ?? '';
  const marker = query.get('marker') ?? '';
  const max = maxKeys(request);
  const result = page(bucket.objects.keys(), prefix, delimiter, marker, max);
  const enc = encoder(query);
  // v1 echoes Prefix as received, even with encoding-type=url (v2 encodes it).
  let inner = element('Name', request.bucket ?? '') + element('Prefix', prefix) + element('Marker', enc(marker));
  if (delimiter !== '') inner += element('Delimiter', enc(delimiter));
  inner += element('MaxKeys', max) + element('IsTruncated', result.truncated);
  if (result.truncated && delimiter !== '' && result.last !== undefined)
    inner += element('NextMarker', enc(result.last));
  if (query.get('encoding-type') === 'url') inner += element('EncodingType', 'url');
  // v1 always names each object's owner.
  inner += contents(bucket.objects, result, enc, true);
  return xmlReply(document('ListBucketResult', inner));
};

function contents(
  objects: Map<string, { body: Buffer; etag: string; lastModified: Date }>,
  result: Page,
  enc: (text: string) => string,
  withOwner: boolean,
): string {
  let out = '';
  for (const key of result.keys) {
    const object = objects.get(key)!;
    out +=
      `<Contents>${element('Key', enc(key))}${element('LastModified', object.lastModified.toISOString())}` +
      `${element('ETag', object.etag)}${element('Size', object.body.length)}${withOwner ? OWNER : ''}` +
      `${element('StorageClass', 'STANDARD')}</Contents>`;
  }
  for (const prefix of result.prefixes) out += `<CommonPrefixes>${element('Prefix', enc(prefix))}</CommonPrefixes>`;
  return out;
}
