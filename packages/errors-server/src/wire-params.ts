import { MAX_TEXT_LENGTH, wireText } from './wire-text.js';

/** Where @jss/errors keeps an error's wire locations (its `JSS_WIRE`): registered, so any copy's errors have it. */
const JSS_WIRE = Symbol.for('@jss/errors:wire');

interface ParamWire {
  readonly element?: unknown;
  readonly header?: unknown;
}

/** A placeholder value the catalog puts on the wire, made safe for every body format. */
export interface WireParam {
  /** The body element (and JSON member) that carries it. */
  readonly element: string | undefined;
  /** The response header that carries it, lower-case. */
  readonly header: string | undefined;
  /** A safe integer, or text cut and cleaned as a message is (see `wireText`). */
  readonly value: string | number;
}

const NO_PARAMS: readonly WireParam[] = Object.freeze([]);

/**
 * The error's placeholder values that its code's catalog entry gives a wire location
 * (`errorInfo[code].wire`, which each class carries), in the catalog's order: a safe integer as a
 * number, text as text; any other value, or none, is not sent. Reads the class's copy, not
 * `errorInfo`, so an app bundles only the classes it answers with.
 */
export function wireParamsOf(error: object): readonly WireParam[] {
  const wire = (error as { [JSS_WIRE]?: unknown })[JSS_WIRE];
  if (typeof wire !== 'object' || wire === null) return NO_PARAMS;
  const params = (error as { params?: unknown }).params;
  if (typeof params !== 'object' || params === null) return NO_PARAMS;
  const out: WireParam[] = [];
  for (const name of Object.keys(wire)) {
    const at = (wire as Record<string, ParamWire>)[name];
    const value = Object.hasOwn(params, name) ? sendable((params as Record<string, unknown>)[name]) : undefined;
    if (value === undefined || typeof at !== 'object' || at === null) continue;
    const element = typeof at.element === 'string' ? at.element : undefined;
    const header = typeof at.header === 'string' ? at.header.toLowerCase() : undefined;
    out.push({ element, header, value });
  }
  return out;
}

function sendable(value: unknown): string | number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  return typeof value === 'string' && value !== '' ? wireText(value, MAX_TEXT_LENGTH) : undefined;
}

// Visible ASCII with inner spaces: legal in every framework's headers, and read back unchanged
// (no surrounding whitespace to trim, no CR/LF to split a header, nothing outside Latin-1).
const HEADER_SAFE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/**
 * The value as a header value when it can be sent unchanged, else undefined: the header is then
 * left out (the body still carries the value when the catalog gives it an element), never sent
 * trimmed or filtered into something the server did not say.
 */
export function headerValueOf(value: string | number): string | undefined {
  const text = String(value);
  return HEADER_SAFE.test(text) ? text : undefined;
}
