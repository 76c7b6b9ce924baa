/**
 * The one way generated TypeScript is printed. Catalog values enter a `Code` only through the
 * escaping constructors below: `lit` (a string, number or boolean literal), `id` (a checked
 * identifier), `key` (a property key) and `doc` (a JSDoc block). A plain `string` is not a
 * `Piece`, so putting raw catalog text into code is a type error. The static parts of `ts\`…\``
 * templates are the generator's own source text.
 *
 * The layout is plain and fixed: objects one member a line, lists and unions on one line when
 * short, else one item a line; JSDoc wrapped at 120 columns. The generated folders are not
 * formatted by Biome (only linted), as protobuf-es does with its own output.
 */

/** A line break at the current indent; a nest indents its content one level. */
const BREAK = { kind: 'break' } as const;
interface Nest {
  readonly kind: 'nest';
  readonly doc: Doc;
}
/** A JSDoc block, wrapped when printed, where its indent is known. */
interface Comment {
  readonly kind: 'comment';
  readonly lines: readonly string[];
}
type Doc = string | typeof BREAK | Nest | Comment | readonly Doc[];

const BRAND = Symbol('code');

/** A piece of generated TypeScript, built only by this module's constructors. */
export interface Code {
  readonly [BRAND]: Doc;
}

/** What a `ts` template may interpolate: code, numbers, booleans, and lists of them. Not strings. */
export type Piece = Code | number | boolean | readonly Piece[];

const code = (doc: Doc): Code => ({ [BRAND]: doc });
const nest = (doc: Doc): Nest => ({ kind: 'nest', doc });
const WIDTH = 120;
/** A list or union longer than this goes one item a line. */
const SHORT = 80;

function docOf(piece: Piece): Doc {
  if (typeof piece === 'number' || typeof piece === 'boolean') return String(piece);
  if (Array.isArray(piece)) return piece.map(docOf);
  return (piece as Code)[BRAND];
}

/** Generator-written text: its line breaks continue at the current indent. */
const staticText = (text: string): Doc => text.split('\n').flatMap((part, i) => (i === 0 ? [part] : [BREAK, part]));

/** Code from a template: the static parts as written, the pieces as built. */
export function ts(strings: TemplateStringsArray, ...pieces: Piece[]): Code {
  return code(strings.flatMap((part, i) => (i === 0 ? [staticText(part)] : [docOf(pieces[i - 1]!), staticText(part)])));
}

/** Pieces joined by a separator the generator chooses. */
export function join(pieces: readonly Piece[], separator: ', ' | ' | ' | 'line' | 'blank'): Code {
  const sep: Doc = separator === 'line' ? BREAK : separator === 'blank' ? [BREAK, BREAK] : separator;
  return code(pieces.flatMap((p, i) => (i === 0 ? [docOf(p)] : [sep, docOf(p)])));
}

/**
 * A string, number, boolean or null literal. Strings take the quote that needs fewer escapes
 * (single on a tie), as Biome does; every control character, line separator and backslash is
 * escaped, so no catalog text can end the literal or the line.
 */
export function lit(value: string | number | boolean | null): Code {
  if (typeof value !== 'string') return code(String(value));
  return code(quote(value));
}

function quote(value: string): string {
  let json = JSON.stringify(value).slice(1, -1);
  // JSON leaves the line and paragraph separators as they are; in a literal they end the line.
  if (LINE_SEPARATORS.test(json)) json = json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  let singles = 0;
  let doubles = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 39) singles++;
    else if (c === 34) doubles++;
  }
  if (doubles < singles) return `"${json}"`;
  if (singles === 0 && doubles === 0) return `'${json}'`;
  return `'${json.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

const LINE_SEPARATORS = /[\u2028\u2029]/;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A name the generated code declares or refers to; anything but an identifier is a generator bug. */
export function id(name: string): Code {
  if (!IDENTIFIER.test(name)) throw new Error(`not an identifier: ${JSON.stringify(name)}`);
  return code(name);
}

/**
 * A property key: bare when it is an identifier, quoted otherwise. `__proto__` is computed, since
 * as a plain key in a literal it would set the prototype instead of defining a property.
 */
export function key(name: string): Code {
  if (name === '__proto__') return code(`[${quote(name)}]`);
  return code(IDENTIFIER.test(name) ? name : quote(name));
}

/** Text made safe inside a `/** … *\/` comment: no early `*\/`. */
function commentText(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}

/** A JSDoc block from lines of text (a line may hold breaks); nothing in the text can close it early. */
export function doc(...texts: readonly string[]): Code {
  const lines = texts
    .join('\n')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((l) => commentText(l).trimEnd());
  return code({ kind: 'comment', lines });
}

/**
 * `{ a, b }` one member a line, each followed by `terminator`; `blank` puts an empty line between
 * members (class bodies).
 */
export function block(members: readonly Piece[], terminator: ',' | ';' | '' = ',', blank = false): Code {
  if (members.length === 0) return code('{}');
  const lines = members.map((m, i): Doc => [i > 0 && blank ? BREAK : '', BREAK, docOf(m), terminator]);
  return code(['{', nest(lines), BREAK, '}']);
}

/** `key: value`. */
export function prop(name: string, value: Code): Code {
  return code([docOf(key(name)), ': ', docOf(value)]);
}

/** `[a, b]` on one line when short, else one item a line with a trailing comma. */
export function array(items: readonly Piece[]): Code {
  const docs = items.map(docOf);
  const line = flat(docs, ', ');
  if (line !== undefined && line.length <= SHORT) return code(`[${line}]`);
  return code(['[', nest(docs.map((d) => [BREAK, d, ','])), BREAK, ']']);
}

/** `A | B` as a type on one line when short, else one member a line, each after a leading bar. */
export function union(members: readonly Piece[]): Code {
  if (members.length === 0) return code('never');
  const docs = members.map(docOf);
  const line = flat(docs, ' | ');
  if (line !== undefined && line.length <= SHORT) return code(line);
  return code(nest(docs.map((d) => [BREAK, '| ', d])));
}

/** The pieces on one line, or undefined when one of them spans lines. */
function flat(docs: readonly Doc[], separator: string): string | undefined {
  const text = (d: Doc): string | undefined => {
    if (typeof d === 'string') return d;
    if (Array.isArray(d)) {
      let out = '';
      for (const part of d) {
        const t = text(part);
        if (t === undefined) return undefined;
        out += t;
      }
      return out;
    }
    return (d as Nest).kind === 'nest' ? text((d as Nest).doc) : undefined;
  };
  const parts = docs.map(text);
  return parts.every((p) => p !== undefined) ? parts.join(separator) : undefined;
}

/** Statements separated by one blank line, with a final line break. */
export function printModule(statements: readonly Piece[]): string {
  const out: string[] = [];
  print(docOf(join(statements, 'blank')), 0, out);
  return `${out.join('')}\n`;
}

function print(d: Doc, indent: number, out: string[]): void {
  if (typeof d === 'string') out.push(d);
  else if (Array.isArray(d)) for (const part of d) print(part, indent, out);
  else if (d === BREAK) newLine(indent, out);
  else if ((d as Nest).kind === 'nest') print((d as Nest).doc, indent + 2, out);
  else printComment((d as Comment).lines, indent, out);
}

/** A line break; trailing spaces never end a line. */
function newLine(indent: number, out: string[]): void {
  const last = out.length - 1;
  if (last >= 0 && out[last]!.endsWith(' ')) out[last] = out[last]!.replace(/ +$/, '');
  out.push(`\n${' '.repeat(indent)}`);
}

/** `/** text *\/` when it is one line that fits, else one ` * ` line per line, wrapped at WIDTH. */
function printComment(lines: readonly string[], indent: number, out: string[]): void {
  if (lines.length === 1 && indent + lines[0]!.length + 7 <= WIDTH) {
    out.push(`/** ${lines[0]} */`);
    return;
  }
  out.push('/**');
  let fenced = false;
  for (const line of lines) {
    if (line.trimStart().startsWith('```')) fenced = !fenced;
    for (const part of fenced ? [line] : wrap(line, WIDTH - indent - 3)) {
      newLine(indent, out);
      out.push(part === '' ? ' *' : ` * ${part}`);
    }
  }
  newLine(indent, out);
  out.push(' */');
}

/** A line broken at spaces into parts of at most `width` (a longer word stays whole). */
function wrap(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const lead = /^ */.exec(line)![0];
  const parts: string[] = [];
  let current = '';
  for (const word of line.slice(lead.length).split(/ +/)) {
    if (current !== '' && lead.length + current.length + 1 + word.length > width) {
      parts.push(lead + current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  parts.push(lead + current);
  return parts;
}
