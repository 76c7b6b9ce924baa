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
  readonly body: Buffer;
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

  /** Keeps at least the latest `limit` entries; trimmed in batches so adding stays O(1) amortized. */
  constructor(private readonly limit: number) {}

  get all(): readonly LoggedRequest[] {
    return this.entries;
  }

  /** Numbers a request as it arrives, so concurrent requests keep their order. */
  nextSeq(): number {
    return ++this.arrived;
  }

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length >= 2 * this.limit) this.entries = this.entries.slice(-this.limit);
  }

  clear(): void {
    this.entries = [];
    this.arrived = 0;
  }
}
