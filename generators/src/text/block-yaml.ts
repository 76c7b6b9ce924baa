/**
 * JSON data as block-style YAML 1.2, fast enough for a 10,000-code catalog (a general YAML
 * library spends most of its time choosing a scalar style). The rules are conservative: a
 * string is written plain only when it cannot be read as anything else, multi-line text as a
 * literal block, everything else double-quoted with JSON escapes (valid YAML), and characters
 * YAML may not carry raw are escaped.
 */
export function toBlockYaml(value: unknown): string {
  const lines: string[] = [];
  if (isObject(value) && Object.keys(value).length > 0) writeMapping(value, '', lines);
  else if (Array.isArray(value) && value.length > 0) writeSequence(value, '', lines);
  else lines.push(scalar(value, '  '));
  return `${lines.join('\n')}\n`;
}

const RENDERED = Symbol('rendered YAML');

/** A non-empty mapping or sequence written once, to be placed at the same depth in several documents. */
export interface RenderedYaml {
  /** Its lines joined: placed as one entry of the document's lines, not a million. */
  readonly [RENDERED]: { readonly indent: string; readonly text: string };
}

/** Writes `value` (a non-empty mapping or sequence) as it appears under a key at `depth` (0: a top-level key). */
export function renderYamlValue(value: Record<string, unknown> | readonly unknown[], depth: number): RenderedYaml {
  const indent = '  '.repeat(depth + 1);
  const lines: string[] = [];
  if (Array.isArray(value)) writeSequence(value, indent, lines);
  else writeMapping(value as Record<string, unknown>, indent, lines);
  return { [RENDERED]: { indent, text: lines.join('\n') } };
}

function writeMapping(map: Record<string, unknown>, indent: string, lines: string[]): void {
  for (const [key, value] of Object.entries(map)) {
    const head = `${indent}${quoteKey(key)}:`;
    if (typeof value === 'object' && value !== null && RENDERED in value) {
      const rendered = (value as RenderedYaml)[RENDERED];
      if (rendered.indent !== `${indent}  `)
        throw new Error(`rendered YAML for depth ${rendered.indent.length / 2 - 1} placed at ${indent.length / 2}`);
      lines.push(head);
      lines.push(rendered.text);
    } else if (isObject(value) && Object.keys(value).length > 0) {
      lines.push(head);
      writeMapping(value, `${indent}  `, lines);
    } else if (Array.isArray(value) && value.length > 0) {
      lines.push(head);
      writeSequence(value, `${indent}  `, lines);
    } else {
      lines.push(`${head} ${scalar(value, `${indent}  `)}`);
    }
  }
}

function writeSequence(items: readonly unknown[], indent: string, lines: string[]): void {
  for (const item of items) {
    if ((isObject(item) && Object.keys(item).length > 0) || (Array.isArray(item) && item.length > 0)) {
      // The first line of the nested block goes on the dash line.
      const nested: string[] = [];
      if (Array.isArray(item)) writeSequence(item, `${indent}  `, nested);
      else writeMapping(item, `${indent}  `, nested);
      // A loop, not a spread: a spread of a long block would exceed the call's argument limit.
      lines.push(`${indent}- ${nested[0]!.slice(indent.length + 2)}`);
      for (let i = 1; i < nested.length; i++) lines.push(nested[i]!);
    } else {
      lines.push(`${indent}- ${scalar(item, `${indent}  `)}`);
    }
  }
}

function scalar(value: unknown, blockIndent: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as YAML`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (isObject(value)) return '{}';
  if (Array.isArray(value)) return '[]';
  if (typeof value !== 'string') throw new Error(`not JSON data: ${typeof value}`);
  if (isPlainSafe(value)) return value;
  if (isLiteralBlockSafe(value))
    return `|-\n${value
      .split('\n')
      .map((line) => (line === '' ? '' : blockIndent + line))
      .join('\n')}`;
  return doubleQuoted(value);
}

/**
 * A letter first (ASCII or any non-ASCII character, so Chinese text stays readable), then only
 * characters that never start or end a YAML token.
 */
const PLAIN = /^[A-Za-z\u00a0-\uffff][A-Za-z0-9 _.,;()/'+=\u00a0-\uffff-]*$/;
/** Words that YAML 1.1 or 1.2 readers turn into booleans or null. */
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function isPlainSafe(text: string): boolean {
  return (
    PLAIN.test(text) &&
    !text.endsWith(' ') &&
    !RESERVED.test(text) &&
    (PRINTABLE_ASCII.test(text) || !NOT_PRINTABLE.test(text))
  );
}

/** Characters YAML cannot carry raw (outside its printable set), and line separators. */
const NOT_PRINTABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isLiteralBlockSafe(text: string): boolean {
  // A block's indentation is read from its first non-empty line, so that line must come first
  // and not start with a space; trailing spaces and tabs are kept out for editors' sake.
  return (
    text.includes('\n') &&
    !text.includes('\r') &&
    !NOT_PRINTABLE.test(text) &&
    !/^[ \t\n]|[ \t]\n|[ \t]$|\n$|\t/.test(text)
  );
}

const NOT_PRINTABLE_ALL = new RegExp(NOT_PRINTABLE.source, 'g');

function doubleQuoted(text: string): string {
  // JSON's escapes are YAML's; only characters JSON leaves raw but YAML forbids need more.
  return JSON.stringify(text).replace(
    NOT_PRINTABLE_ALL,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function quoteKey(key: string): string {
  return isPlainSafe(key) ? key : doubleQuoted(key);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
