import type { IncomingHttpHeaders } from 'node:http';
import type { S3Operation } from './s3/operation.js';

/** One request the stand-in received, and how it was answered. */
export interface LoggedRequest {
  /** Arrival order: 1 for the first request since start or `reset()` (the log itself is in order of answers). */
  readonly seq: number;
  readonly operation: S3Operation;
  readonly method: string;
  /** Path and query as received. */
  readonly url: string;
  readonly bucket: string | undefined;
  readonly key: string | undefined;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  /** The body (decoded), its first `maxLoggedBodyBytes` only: a copy, so the log never pins a large body. */
  readonly body: Buffer;
  /** The whole body's size in bytes. */
  readonly bodyBytes: number;
  /** The rule that answered (its `name`, else `#index`); undefined when the in-memory JSS did. */
  readonly rule: string | undefined;
  /** The status sent; undefined when the connection was dropped before any. */
  readonly status: number | undefined;
  /** The JSS error code sent, if the answer was an error. */
  readonly code: string | undefined;
  /** `truncated`: the body was cut short; `dropped`: no answer at all. */
  readonly delivery: 'complete' | 'truncated' | 'dropped';
}

/** The requests received, in order, with queries by operation, rule and code. */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  private arrived = 0;

  /**
   * Keeps at least the latest `limit` entries (at most 10% more: trimmed in batches so adding stays
   * O(1) amortized), each with at most `bodyLimit` bytes of body.
   */
  constructor(
    private readonly limit: number,
    private readonly bodyLimit: number,
  ) {}

  get all(): readonly LoggedRequest[] {
    return this.entries;
  }

  /** Numbers a request as it arrives, so concurrent requests keep their order. */
  nextSeq(): number {
    return ++this.arrived;
  }

  add(entry: Omit<LoggedRequest, 'bodyBytes'>): void {
    const { body } = entry;
    const kept = body.length <= this.bodyLimit ? body : Buffer.from(body.subarray(0, this.bodyLimit));
    this.entries.push({ ...entry, body: kept, bodyBytes: body.length });
    if (this.entries.length > this.limit + Math.ceil(this.limit / 10)) this.entries = this.entries.slice(-this.limit);
  }

  clear(): void {
    this.entries = [];
    this.arrived = 0;
  }
}
