import { InvalidCallbackError, NoSuchKeyError, SlowDownError } from '@jss/errors';
import { toErrorResponse } from '@jss/errors-server';
import { expect } from 'vitest';

/** A route every adapter test serves: what the handler sets before it throws, and what it throws. */
export interface Route {
  readonly path: string;
  /** Headers a handler set on the success path before failing; the adapter must not keep them. */
  readonly staleHeaders?: Readonly<Record<string, string>>;
  readonly error: () => unknown;
}

export const ROUTES: readonly Route[] = [
  { path: '/photos/cat.jpg', error: () => new NoSuchKeyError({ key: 'cat.jpg' }) },
  { path: '/photos/slow', error: () => new SlowDownError() },
  { path: '/photos/callback', error: () => new InvalidCallbackError() },
  {
    path: '/photos/half-done',
    staleHeaders: { 'content-encoding': 'gzip', etag: '"abc"', 'x-amz-meta-owner': 'alice' },
    error: () => new NoSuchKeyError({ resource: '/photos/other' }),
  },
  { path: '/boom', error: () => new TypeError('connect ECONNREFUSED db.internal:5432 (password hunter2)') },
];

/** Headers set by the client so the expected response can be computed exactly. */
export const ID_HEADERS = { requestId: 'x-test-request-id', hostId: 'x-test-host-id' } as const;

/** What `onUnexpectedError` was given, and the hook that records it. */
export interface UnexpectedLog {
  readonly seen: { error: unknown; requestId: string }[];
  readonly hook: (error: unknown, context: { requestId: string }) => void;
}

/** Records what `onUnexpectedError` was given. */
export function unexpectedLog(): UnexpectedLog {
  const seen: UnexpectedLog['seen'] = [];
  return {
    seen,
    hook: (error: unknown, context: { requestId: string }) => void seen.push({ error, requestId: context.requestId }),
  };
}

const ACCEPTS = [undefined, 'application/json', 'application/problem+json, application/json;q=0.5'] as const;

/**
 * Calls every route with GET and HEAD and each Accept, through the real server at `origin`, and
 * compares status, headers and body bytes with what the core makes of the same error. A query
 * string is sent each time to prove it never reaches the resource.
 */
export async function expectAdapterAnswersLikeTheCore(origin: string, log: UnexpectedLog): Promise<void> {
  let n = 0;
  for (const route of ROUTES) {
    for (const method of ['GET', 'HEAD'] as const) {
      for (const accept of ACCEPTS) {
        n++;
        const requestId = `ADAPTER${String(n).padStart(9, '0')}`;
        const hostId = `host/${n}+=`;
        const headers: Record<string, string> = {
          [ID_HEADERS.requestId]: requestId,
          [ID_HEADERS.hostId]: hostId,
          ...(accept ? { accept } : {}),
        };
        const response = await fetch(`${origin}${route.path}?X-Amz-Signature=secret`, { method, headers });
        const bytes = new Uint8Array(await response.arrayBuffer());
        const expected = toErrorResponse(route.error(), {
          requestId,
          hostId,
          resource: route.path,
          method: 'GET',
          accept,
        });
        const where = `${method} ${route.path} accept=${accept}`;

        expect(response.status, where).toBe(expected.status);
        for (const [name, value] of Object.entries(expected.headers))
          expect(response.headers.get(name), `${where}: ${name}`).toBe(value);
        for (const name of Object.keys(route.staleHeaders ?? {}))
          expect(response.headers.get(name), `${where}: ${name}`).toBeNull();
        expect(new TextDecoder().decode(bytes), where).toBe(method === 'HEAD' ? '' : expected.body);
        expect(new TextDecoder().decode(bytes)).not.toContain('hunter2');
        expect(new TextDecoder().decode(bytes)).not.toContain('secret');
      }
    }
  }
  const unexpected = ROUTES.filter((r) => r.path === '/boom').length * 2 * ACCEPTS.length;
  expect(log.seen).toHaveLength(unexpected);
  for (const entry of log.seen) {
    expect(entry.error).toBeInstanceOf(TypeError);
    expect(entry.requestId).toMatch(/^ADAPTER\d{9}$/);
  }
}
