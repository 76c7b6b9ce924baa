/** The parts of an error body we read, as received (not yet matched against the catalog). */
export interface ErrorBodyFields {
  code?: string;
  message?: string;
  resource?: string;
  requestId?: string;
  hostId?: string;
  /** `<Endpoint>` of a redirect (PermanentRedirect, TemporaryRedirect): where to send the request. */
  endpoint?: string;
  /** `<ServerTime>` of RequestTimeTooSkewed: the server's clock, to correct the client's. */
  serverTime?: string;
  /** `<statusCode>`, which JSS puts before `<Code>`. */
  statusCode?: string;
}

/**
 * A body's fields and every child of its error element (a JSON body's every string or number
 * member) by name as sent, first occurrence each: `<ActualObjectSize>`, `<ServerTime>`… The
 * catalog says which of them a code's placeholders come from (`errorInfo[code].wire`). A Map, so
 * `__proto__` is just a name.
 */
export interface BodyReading {
  readonly fields: ErrorBodyFields;
  readonly elements: ReadonlyMap<string, string>;
}

/** How many elements are kept: S3 error bodies have about ten; the rest is ignored. */
export const MAX_ELEMENTS = 64;

/** Longest element name kept (S3's longest is `MaxAllowedSkewMilliseconds`). */
export const MAX_ELEMENT_NAME = 128;

/** Notes an element unless it is a repeat, its name is too long, or the map is full. */
export function keepElement(elements: Map<string, string>, name: string, value: string): void {
  if (elements.size < MAX_ELEMENTS && name.length <= MAX_ELEMENT_NAME && !elements.has(name)) elements.set(name, value);
}
