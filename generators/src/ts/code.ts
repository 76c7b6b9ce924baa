/**
 * The one way generated TypeScript is printed. A `Code` is a layout document (Wadler's "prettier
 * printer", the algorithm Biome and Prettier use), and catalog values enter it only through the
 * escaping constructors below: `lit` (a string, number or boolean literal), `id` (a checked
 * identifier), `key` (a property key) and `doc` (a JSDoc block). A plain `string` is not a `Piece`,
 * so putting raw catalog text into code is a type error. The static parts of `ts\`…\`` templates
 * are the generator's own source text.
 *
 * The layout follows Biome's formatter settings of this repository (two spaces, single quotes,
 * trailing commas, line width 120), so generated files pass `biome format` unchanged: `pnpm lint`
 * checks every generated module of the real catalog with Biome itself.
 */

type Doc = string | Line | Group | Nest | IfBroken | Fill | Doc[];
interface Line {
  readonly kind: 'line';
  /** A hard line always breaks; a soft one is nothing when flat, a plain one a space. */
  readonly mode: 'hard' | 'soft' | 'space';
}
interface Group {
  readonly kind: 'group';
  readonly doc: Doc;
}
interface Nest {
  readonly kind: 'nest';
  readonly doc: Doc;
}
/** Short items separated by `, `, as many to a line as fit (Biome's layout of number arrays). */
interface Fill {
  readonly kind: 'fill';
  readonly items: readonly string[];
}
/** Printed only when the enclosing group is broken over lines (a trailing comma, a leading bar). */
interface IfBroken {
  readonly kind: 'ifBroken';
  readonly doc: Doc;
}

const BRAND = Symbol('code');

/** A piece of generated TypeScript, built only by this module's constructors. */
export interface Code {
  readonly [BRAND]: Doc;
}

/** What a `ts` template may interpolate: code, numbers, booleans, and lists of them. Not strings. */
export type Piece = Code | number | boolean | readonly Piece[];

const code = (doc: Doc): Code => ({ [BRAND]: doc });
const HARD: Line = { kind: 'line', mode: 'hard' };
const SOFT: Line = { kind: 'line', mode: 'soft' };
const SPACE: Line = { kind: 'line', mode: 'space' };
export const WIDTH = 120;

function docOf(piece: Piece): Doc {
  if (typeof piece === 'number' || typeof piece === 'boolean') return String(piece);
  if (Array.isArray(piece)) return piece.map(docOf);
  return (piece as Code)[BRAND];
}

/** Generator-written text with a line break in it is laid out as hard lines at the current indent. */
function staticText(text: string): Doc {
  const parts = text.split('\n');
  const out: Doc[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(HARD);
    if (part !== '') out.push(part);
  });
  return out;
}

/** The static parts of each template, laid out once: a template runs once per code. */
const staticParts = new WeakMap<TemplateStringsArray, readonly Doc[]>();

/** Code from a template: the static parts as written, the pieces as built. */
export function ts(strings: TemplateStringsArray, ...pieces: Piece[]): Code {
  let parts = staticParts.get(strings);
  if (parts === undefined) {
    parts = strings.map(staticText);
    staticParts.set(strings, parts);
  }
  const out: Doc[] = [];
  append(out, parts[0]!);
  for (let i = 0; i < pieces.length; i++) {
    append(out, docOf(pieces[i]!));
    append(out, parts[i + 1]!);
  }
  return code(out.length === 1 && typeof out[0] === 'string' ? out[0] : out);
}

/**
 * Adds `doc` to a sequence, its nested sequences spliced in and adjacent strings joined: the same
 * layout with far fewer nodes for `render` to walk and the collector to trace (most templates
 * are one line of text and literals, which becomes one string).
 */
function append(out: Doc[], doc: Doc): void {
  if (typeof doc === 'string') {
    if (doc === '') return;
    const last = out.length - 1;
    if (last >= 0 && typeof out[last] === 'string') out[last] += doc;
    else out.push(doc);
  } else if (Array.isArray(doc)) {
    for (let i = 0; i < doc.length; i++) append(out, doc[i]!);
  } else out.push(doc);
}

/** Indents `body` one level; its line breaks continue at the deeper indent. */
export function indent(...body: Piece[]): Code {
  return code({ kind: 'nest', doc: body.map(docOf) });
}

/** Pieces joined by a separator the generator chooses. */
export function join(pieces: readonly Piece[], separator: ', ' | ' | ' | 'line' | 'blank'): Code {
  const sep: Doc = separator === 'line' ? HARD : separator === 'blank' ? [HARD, HARD] : separator;
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

/**
 * A JSDoc block from lines of text (a line may hold breaks): one line when it is one short line,
 * else one ` * ` line per line. Nothing in the text can close the comment early.
 */
export function doc(...texts: readonly string[]): Code {
  const lines = texts
    .join('\n')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((l) => commentText(l).trimEnd());
  if (lines.length === 1) return code(`/** ${lines[0]} */`);
  return code([`/**`, ...lines.flatMap((l): Doc[] => [HARD, l === '' ? ' *' : ` * ${l}`]), HARD, ' */']);
}

/**
 * `{ a, b }` always expanded, one member a line (Biome keeps an object written expanded), each
 * member followed by `terminator`; `blank` puts an empty line between members (class bodies).
 */
export function block(members: readonly Piece[], terminator: ',' | ';' | '' = ',', blank = false): Code {
  if (members.length === 0) return code('{}');
  const lines = members.map((m, i): Doc => [i > 0 && blank ? HARD : '', HARD, docOf(m), terminator]);
  return code(['{', { kind: 'nest', doc: lines }, HARD, '}']);
}

/**
 * `key: value`. A value too long for the line moves to the next one, indented, as Biome lays out
 * a long string after a property key.
 */
export function prop(name: string, value: Code): Code {
  const k = docOf(key(name));
  // As Biome (after Prettier): a key shorter than indent + 3 columns never breaks before its
  // value, since the value would gain too little room.
  if (typeof k === 'string' && k.length < 2 + 3) return code([k, ': ', docOf(value)]);
  return code({ kind: 'group', doc: [k, ':', { kind: 'nest', doc: [SPACE, docOf(value)] }] });
}

/** `[a, b]` on one line when it fits, else one item a line with a trailing comma. */
export function array(items: readonly Piece[]): Code {
  if (items.length === 0) return code('[]');
  if (items.every((item) => typeof item === 'number')) {
    const fill: Fill = { kind: 'fill', items: items.map(String) };
    return code({
      kind: 'group',
      doc: ['[', { kind: 'nest', doc: [SOFT, fill] }, { kind: 'ifBroken', doc: ',' }, SOFT, ']'],
    });
  }
  const inner = items.flatMap((item, i): Doc[] => (i === 0 ? [docOf(item)] : [',', SPACE, docOf(item)]));
  return code({
    kind: 'group',
    doc: ['[', { kind: 'nest', doc: [SOFT, inner] }, { kind: 'ifBroken', doc: ',' }, SOFT, ']'],
  });
}

/** `A | B` as a type: on one line when it fits, else Biome's leading-bar layout, one member a line. */
export function union(members: readonly Piece[]): Code {
  if (members.length === 0) return code('never');
  const inner = members.flatMap((m, i): Doc[] => (i === 0 ? [docOf(m)] : [SPACE, '| ', docOf(m)]));
  return code({ kind: 'group', doc: { kind: 'nest', doc: [{ kind: 'ifBroken', doc: [HARD, '| '] }, inner] } });
}

/** Statements separated by one blank line, with a final line break. */
export function printModule(statements: readonly Piece[]): string {
  return `${render(docOf(join(statements, 'blank')))}\n`;
}

/** A line break and the indent after it; made once per depth, not once per line. */
const lineBreaks: string[] = [];
function lineBreak(indent: number): string {
  lineBreaks[indent] ??= `\n${' '.repeat(indent)}`;
  return lineBreaks[indent]!;
}

/** Lays a document out in `WIDTH` columns. */
export function render(doc: Doc): string {
  const out: string[] = [];
  let column = 0;
  // The work stack as three parallel arrays, one tuple per node would be most of the garbage, and
  // `top` moved by hand: popping lets V8 shrink an array's storage and grow it again.
  const indents: number[] = [];
  const flats: boolean[] = [];
  const docs: Doc[] = [];
  // The stack `fits` measures with, made once per render, not once per group.
  const scratch: FitStack = { flats: [], docs: [] };
  let top = 0;
  const push = (ind: number, flat: boolean, d: Doc) => {
    indents[top] = ind;
    flats[top] = flat;
    docs[top] = d;
    top++;
  };
  push(0, false, doc);
  while (top > 0) {
    top--;
    const ind = indents[top]!;
    const flat = flats[top]!;
    const d = docs[top]!;
    if (typeof d === 'string') {
      out.push(d);
      column += displayWidth(d);
    } else if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) push(ind, flat, d[i]!);
    } else if (d.kind === 'ifBroken') {
      if (!flat) push(ind, flat, d.doc);
    } else if (d.kind === 'fill') {
      d.items.forEach((item, i) => {
        // `item,` must fit before the line width; the last one also needs its trailing comma.
        if (i > 0 && !flat && column + 2 + item.length + 1 > WIDTH) {
          out.push(',');
          out.push(lineBreak(ind));
          column = ind;
        } else if (i > 0) {
          out.push(', ');
          column += 2;
        }
        out.push(item);
        column += item.length;
      });
    } else if (d.kind === 'line') {
      if (flat && d.mode !== 'hard') {
        if (d.mode === 'space') {
          out.push(' ');
          column += 1;
        }
      } else {
        // Trailing spaces never end a line.
        const last = out.length - 1;
        if (last >= 0 && out[last]!.endsWith(' ')) out[last] = out[last]!.replace(/ +$/, '');
        out.push(lineBreak(ind));
        column = ind;
      }
    } else if (d.kind === 'nest') {
      push(ind + 2, flat, d.doc);
    } else {
      const fitsFlat = flat || fits(d.doc, WIDTH - column, flats, docs, top, scratch);
      push(ind, fitsFlat, d.doc);
    }
  }
  return out.join('');
}

/**
 * The work stack of `fits`, reused by every group of one render and indexed by hand: a fresh stack
 * (or a tuple per node) per group was a third of the memory a large generate allocated, and
 * setting an array's length to 0 would free its storage.
 */
interface FitStack {
  readonly flats: boolean[];
  readonly docs: Doc[];
}

/**
 * Whether `doc` laid flat, and what follows it up to the next line break (the render stack below
 * `restTop`), fits in `width`.
 */
function fits(
  doc: Doc,
  width: number,
  restFlats: readonly boolean[],
  restDocs: readonly Doc[],
  restTop: number,
  stack: FitStack,
): boolean {
  let top = 0;
  const push = (flat: boolean, d: Doc) => {
    stack.flats[top] = flat;
    stack.docs[top] = d;
    top++;
  };
  push(true, doc);
  let restIndex = restTop - 1;
  let left = width;
  while (left >= 0) {
    if (top === 0) {
      if (restIndex < 0) return true;
      push(restFlats[restIndex]!, restDocs[restIndex]!);
      restIndex--;
      continue;
    }
    top--;
    const flat = stack.flats[top]!;
    const d = stack.docs[top]!;
    if (typeof d === 'string') left -= displayWidth(d);
    else if (Array.isArray(d)) for (let i = d.length - 1; i >= 0; i--) push(flat, d[i]!);
    else if (d.kind === 'ifBroken') {
      if (!flat) push(flat, d.doc);
    } else if (d.kind === 'fill') left -= fillWidth(d);
    else if (d.kind === 'line') {
      if (d.mode === 'hard') return !flat;
      if (!flat) return true;
      if (d.mode === 'space') left -= 1;
    } else push(flat, d.doc);
  }
  return false;
}

/** The width of a fill laid on one line: its items and a `, ` between each two. */
function fillWidth(fill: Fill): number {
  let width = 2 * (fill.items.length - 1);
  for (const item of fill.items) width += item.length;
  return width;
}

/** East Asian wide and full-width characters take two columns, as in Biome's line width: from, to, … */
const WIDE_RANGES: readonly number[] = [
  0x1100, 0x115f, 0x2e80, 0x303e, 0x3041, 0x33ff, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xa000, 0xa4cf, 0xac00, 0xd7a3,
  0xf900, 0xfaff, 0xfe30, 0xfe4f, 0xff00, 0xff60, 0xffe0, 0xffe6,
];

/**
 * Columns of `text`: one per code point, two for a wide one. Plain loops over char codes and a
 * flat table, no regex, spread or callback: it runs on every string of every generated module.
 */
function displayWidth(text: string): number {
  let width = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x1100) continue;
    // A surrogate pair is one code point: its low half adds nothing.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) width--;
    else if (isWide(c)) width++;
  }
  return width;
}

function isWide(c: number): boolean {
  for (let r = 0; r < WIDE_RANGES.length; r += 2) if (c >= WIDE_RANGES[r]! && c <= WIDE_RANGES[r + 1]!) return true;
  return false;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
