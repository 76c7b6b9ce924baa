/** What a caller may pass as the body: text, bytes, or the value a client already parsed from JSON. */
export type IncomingErrorBody = string | Uint8Array | ArrayBuffer | ParsedJsonBody | readonly unknown[] | null;

/**
 * A value a client parsed from JSON (axios' `response.data`): an object literal or record, or any
 * object type without the members below. Those `never` members keep streams, Blobs, Responses,
 * Promises and SharedArrayBuffers out at compile time: they must be read first.
 */
export type ParsedJsonBody = (object & NotYetRead) | { readonly [key: string]: unknown };

/** Members that only a body still to be read (or awaited, or copied) has. */
export interface NotYetRead {
  readonly getReader?: never;
  readonly pipe?: never;
  readonly arrayBuffer?: never;
  readonly then?: never;
  readonly byteLength?: never;
}

/**
 * Why a body object cannot be read synchronously, or undefined when it can: streams, Blobs,
 * Responses and Promises hold the body elsewhere, and a SharedArrayBuffer can change while read.
 */
export function unreadableKind(body: object): string | undefined {
  const tag = Object.prototype.toString.call(body);
  if (tag === '[object SharedArrayBuffer]') return 'a SharedArrayBuffer';
  const candidate = body as Record<string | symbol, unknown>;
  if (typeof candidate.then === 'function') return 'a Promise (missing `await`?)';
  if (typeof candidate.getReader === 'function') return 'a ReadableStream';
  if (typeof candidate.arrayBuffer === 'function') return tag === '[object Blob]' ? 'a Blob' : `a ${nameOf(body)}`;
  if (typeof candidate.pipe === 'function' || typeof candidate[Symbol.asyncIterator] === 'function') return 'a stream';
  return undefined;
}

function nameOf(body: object): string {
  const name = (body as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && /^[A-Za-z]\w{0,40}$/.test(name) ? name : 'Blob-like object';
}
