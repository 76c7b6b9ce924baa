/** What an endpoint answered to one probe request: the facts, uninterpreted. */
export interface Observation {
  /** The probe case, e.g. `no-such-key-get`. */
  readonly case: string;
  /** The S3 operation sent, as the AWS SDK names commands. */
  readonly operation: string;
  /** The code the catalog says JSS sends here; null where the catalog makes no claim. */
  readonly expected: string | null;
  readonly method: string;
  readonly status: number;
  /** The response headers a client or a person debugging reads (names lower-case). */
  readonly headers: Readonly<Record<string, string>>;
  /** `<Code>` (or a JSON body's code); absent for a bodiless answer. */
  readonly code?: string;
  readonly message?: string;
  /** Every other element of `<Error>` (`RequestId`, `Resource`, `StringToSign`…), as text. */
  readonly elements: Readonly<Record<string, string>>;
  /** The start of the body, for what the fields above do not say. */
  readonly bodyStart: string;
}

/** The file `jss-errors probe` writes and `--compare` reads. */
export interface ObservationReport {
  readonly probe: 1;
  readonly endpoint: string;
  readonly date: string;
  readonly observations: readonly Observation[];
}

/** Headers worth keeping: request ids (S3's and JD's), retry and range facts, who answered. */
export const KEPT_HEADERS = [
  'x-amz-request-id',
  'x-amz-id-2',
  'x-req-id',
  'x-jdcloud-request-id',
  'x-trace',
  'retry-after',
  'content-range',
  'content-type',
  'location',
  'server',
  'x-powered-by',
];

const BODY_START = 4096;

/** Reads the facts of an answer from its headers and the body's first bytes (already bounded). */
export function observe(
  probe: Pick<Observation, 'case' | 'operation' | 'expected' | 'method'>,
  status: number,
  headers: Headers,
  body: string,
): Observation {
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = headers.get(name);
    if (value !== null) kept[name] = value;
  }
  const fields = body.trimStart().startsWith('{') ? jsonFields(body) : xmlErrorFields(body);
  const { Code: code, Message: message, ...elements } = fields;
  return {
    ...probe,
    status,
    headers: kept,
    ...(code === undefined ? {} : { code }),
    ...(message === undefined ? {} : { message }),
    elements,
    bodyStart: body.slice(0, BODY_START),
  };
}

/** The leaf elements of the innermost `<Error>` (also inside `<ErrorResponse>`), entities decoded. */
export function xmlErrorFields(xml: string): Record<string, string> {
  const start = xml.lastIndexOf('<Error>');
  if (start === -1) return {};
  const end = xml.indexOf('</Error>', start);
  const inner = xml.slice(start + '<Error>'.length, end === -1 ? undefined : end);
  const fields: Record<string, string> = {};
  for (const match of inner.matchAll(/<([A-Za-z][\w.-]*)>([^<]*)<\/\1>|<([A-Za-z][\w.-]*)\/>/g)) {
    const name = match[1] ?? match[3]!;
    if (!Object.hasOwn(fields, name)) fields[name] = decodeEntities(match[2] ?? '');
  }
  return fields;
}

function jsonFields(text: string): Record<string, string> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(value)) {
    if (typeof field !== 'string' && typeof field !== 'number') continue;
    const key = name === 'code' || name === '__type' ? 'Code' : name === 'message' ? 'Message' : name;
    if (!Object.hasOwn(fields, key)) fields[key] = String(field);
  }
  return fields;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity] ?? whole;
    const point = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}
