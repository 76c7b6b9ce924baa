import { isIP } from 'node:net';

/** Bucket and key of a request, path-style (`/bucket/key`) or virtual-host style (`bucket.domain/key`). */
export interface Address {
  readonly bucket: string | undefined;
  readonly key: string | undefined;
  /** The path as received, percent-encoded, without the query: the error's `<Resource>`. */
  readonly path: string;
  readonly query: URLSearchParams;
}

/**
 * Reads the address of a request. A Host that is `<bucket>.<domain>` for one of `domains` names
 * the bucket (virtual-host style); any other Host (an IP, `localhost`) is path-style.
 */
export function addressOf(url: string, host: string | undefined, domains: readonly string[]): Address {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1));
  const segments = path.replace(/^\/+/, '');
  const hostBucket = bucketOfHost(host, domains);
  if (hostBucket !== undefined) return { bucket: hostBucket, key: nonEmpty(decode(segments)), path, query };
  const slash = segments.indexOf('/');
  const bucket = decode(slash === -1 ? segments : segments.slice(0, slash));
  const key = slash === -1 ? undefined : decode(segments.slice(slash + 1));
  return { bucket: nonEmpty(bucket), key: nonEmpty(key), path, query };
}

function bucketOfHost(host: string | undefined, domains: readonly string[]): string | undefined {
  if (host === undefined) return undefined;
  const name = host.replace(/:\d+$/, '').toLowerCase();
  for (const domain of domains) {
    const suffix = `.${domain.toLowerCase()}`;
    // A host that is an IP address names no bucket, even when a domain suffix matches it.
    if (name.endsWith(suffix) && name.length > suffix.length && isIP(name) === 0) return name.slice(0, -suffix.length);
  }
  return undefined;
}

function decode(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a stray `%` is kept as received, as S3 keeps an undecodable key
  }
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}
