import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';

/** What smithy hands a hash: text, bytes or a buffer. */
type SourceData = string | ArrayBuffer | ArrayBufferView;

const bytes = (data: SourceData): string | Uint8Array =>
  typeof data === 'string'
    ? data
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

/** The credentials a probe signs with: the usual AWS environment variables. */
export interface ProbeCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** What one probe request is before signing: path-style, so the bucket is the first segment. */
export interface ProbeRequest {
  readonly method: string;
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Uint8Array;
}

/** How a case bends the signature to provoke an error: other keys, another clock, a past expiry. */
export interface SigningTwist {
  readonly credentials?: ProbeCredentials;
  /** Milliseconds added to the signing clock. */
  readonly clockOffsetMs?: number;
  /** Presign (query-string auth) with this lifetime in seconds instead of an Authorization header. */
  readonly presignExpiresIn?: number;
}

/** SHA-256 (and its HMAC) from node:crypto, in the shape smithy's signer takes. */
class NodeSha256 {
  readonly #hash;
  constructor(secret?: SourceData) {
    this.#hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: SourceData): void {
    this.#hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.#hash.digest());
  }
}

/** The signed request: the URL (query auth included) and the headers to send. */
export interface SignedRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
}

/** Signs with AWS Signature V4, as the AWS SDK does (smithy's signer), unsigned payload. */
export async function signRequest(
  endpoint: URL,
  region: string,
  credentials: ProbeCredentials,
  request: ProbeRequest,
  twist: SigningTwist = {},
): Promise<SignedRequest> {
  const signer = new SignatureV4({
    service: 's3',
    region,
    credentials: twist.credentials ?? credentials,
    sha256: NodeSha256,
    uriEscapePath: false,
    applyChecksum: false,
  });
  const headers: Record<string, string> = {
    host: endpoint.host,
    'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
    ...request.headers,
  };
  const unsigned = {
    method: request.method,
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    ...(endpoint.port === '' ? {} : { port: Number(endpoint.port) }),
    path: request.path,
    query: { ...request.query },
    headers,
  };
  const signingDate = new Date(Date.now() + (twist.clockOffsetMs ?? 0));
  const signed =
    twist.presignExpiresIn === undefined
      ? await signer.sign(unsigned, { signingDate })
      : await signer.presign(unsigned, { signingDate, expiresIn: twist.presignExpiresIn });
  const query = Object.entries(signed.query ?? {})
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([name, value]) => `${uriEncode(name)}=${uriEncode(value)}`)
    .join('&');
  const url = `${endpoint.origin}${request.path}${query === '' ? '' : `?${query}`}`;
  const sent: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers)) if (name !== 'host') sent[name] = value;
  return { url, headers: sent };
}

/** RFC 3986 encoding, as Signature V4 canonicalises: only A-Z a-z 0-9 - _ . ~ stay. */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
