import { createHash, randomUUID } from 'node:crypto';

export interface StoredObject {
  readonly body: Buffer;
  readonly etag: string;
  readonly lastModified: Date;
  readonly contentType: string;
  /** `x-amz-meta-*` headers as received. */
  readonly metadata: Readonly<Record<string, string>>;
  /** Cache-Control, Content-Disposition, … as stored (`storedHeadersOf`), answered on GET/HEAD. */
  readonly headers: Readonly<Record<string, string>>;
  /** The sizes of its parts, in order, when it was uploaded in parts (GET `?partNumber=N`). */
  readonly partSizes?: readonly number[];
}

export interface Upload {
  readonly key: string;
  readonly initiated: Date;
  /** Content-Type, `x-amz-meta-*` and stored headers of CreateMultipartUpload: the object's when completed. */
  readonly contentType: string;
  readonly metadata: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly parts: Map<number, { body: Buffer; etag: string }>;
}

export interface Bucket {
  readonly created: Date;
  readonly objects: Map<string, StoredObject>;
  readonly uploads: Map<string, Upload>;
  /** Completed uploads (id → key and ETag): S3 answers a repeated Complete with the same result. */
  readonly completed: Map<string, { readonly key: string; readonly etag: string }>;
}

/** The in-memory state of the stand-in: buckets, their objects and pending multipart uploads. */
export class Store {
  readonly buckets: Map<string, Bucket> = new Map();

  constructor(private readonly initialBuckets: readonly string[]) {
    this.clear();
  }

  /** Back to the buckets the mock was started with, all empty. */
  clear(): void {
    this.buckets.clear();
    for (const name of this.initialBuckets) this.createBucket(name);
  }

  createBucket(name: string): void {
    this.buckets.set(name, { created: new Date(), objects: new Map(), uploads: new Map(), completed: new Map() });
  }

  static object(
    body: Buffer,
    contentType: string,
    metadata: Record<string, string>,
    headers: Record<string, string> = {},
  ): StoredObject {
    const etag = `"${md5(body).toString('hex')}"`;
    return { body, etag, lastModified: wholeSeconds(), contentType, metadata, headers };
  }

  static newUploadId(): string {
    return randomUUID().replaceAll('-', '');
  }
}

export function md5(data: Buffer): Buffer {
  return createHash('md5').update(data).digest();
}

/** HTTP dates have whole seconds; a stored time with milliseconds would fail If-Unmodified-Since. */
function wholeSeconds(): Date {
  return new Date(Math.floor(Date.now() / 1000) * 1000);
}
