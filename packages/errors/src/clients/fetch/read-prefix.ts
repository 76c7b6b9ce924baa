import { MAX_BODY_BYTES } from '../../parse/read-body.js';

/** How long reading an error body may take before what arrived is used (a body that trickles for ever). */
export const BODY_TIMEOUT_MS = 10_000;

/**
 * The first bytes of a body, at most one more than the parser reads (so it can say the body was
 * cut), then the rest is cancelled: a huge or endless error page costs what a small one does.
 * Reading stops at `timeoutMs` too, keeping what came. A read that fails gives what came before,
 * and the failure.
 */
export async function readPrefix(
  body: ReadableStream<Uint8Array>,
  timeoutMs: number = BODY_TIMEOUT_MS,
): Promise<{ bytes: Uint8Array; failure?: unknown }> {
  const limit = MAX_BODY_BYTES + 1;
  const chunks: Uint8Array[] = [];
  let size = 0;
  let failure: unknown;
  const reader = body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    while (size < limit) {
      const next = await Promise.race([reader.read(), deadline]);
      if (next === 'timeout') {
        failure = new Error(`The error response body was still arriving after ${timeoutMs} ms; what came is read`);
        break;
      }
      if (next.done) break;
      chunks.push(next.value);
      size += next.value.byteLength;
    }
  } catch (error) {
    failure = error;
  } finally {
    clearTimeout(timer);
    // Not awaited: a server that never ends the body must not hold the caller; cancelling closes it.
    reader.cancel().catch(() => {});
  }
  return { bytes: join(chunks, Math.min(size, limit)), ...(failure === undefined ? {} : { failure }) };
}

function join(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.byteLength === size) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    if (at >= size) break;
    const part = chunk.byteLength > size - at ? chunk.subarray(0, size - at) : chunk;
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
