import type { IncomingHttpHeaders } from 'node:http';
import type { S3Operation } from './s3/operation.js';

/** One request the stand-in received, and how it was answered. */
export interface LoggedRequest {
  /** 1 for the first request since start or `reset()`. */
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

  get all(): readonly LoggedRequest[] {
    return this.entries;
  }

  nextSeq(): number {
    return this.entries.length + 1;
  }

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  clear(): void {
    this.entries = [];
  }
}
