/**
 * JSON text of documents that hold the same large values (the OpenAPI 3.0 and 3.1 documents share
 * their responses, examples and headers): each value is stringified once for the depth it is
 * placed at, and each document is stringified with a marker in its place, then the value's text is
 * spliced in at the marker. The bytes equal `JSON.stringify(document, null, 2)` of the whole document.
 */
export class SharedJson<K extends string> {
  /** The value's text at a depth, made once per depth it is placed at. */
  private readonly placed = new Map<string, string>();

  constructor(private readonly values: Readonly<Record<K, unknown>>) {}

  /** What to put in a document where each shared value goes. */
  markers(): Record<K, string> {
    return Object.fromEntries(this.names().map((name) => [name, markerOf(name)])) as Record<K, string>;
  }

  /** `document` (holding the markers) as JSON with two-space indents and a final line break. */
  stringify(document: unknown): string {
    let text = `${JSON.stringify(document, null, 2)}\n`;
    for (const name of this.names()) {
      // A marker starts with U+0000, which the catalog refuses in every text: a second one would
      // be a generator bug, not catalog content.
      const quoted = JSON.stringify(markerOf(name));
      const at = text.indexOf(quoted);
      if (at < 0 || text.indexOf(quoted, at + 1) >= 0) {
        throw new Error(`the document holds ${quoted} ${at < 0 ? 'nowhere' : 'more than once'}`);
      }
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const depth = /^ */.exec(text.slice(lineStart, at))![0].length / 2;
      text = text.slice(0, at) + this.atDepth(name, depth) + text.slice(at + quoted.length);
    }
    return text;
  }

  private names(): K[] {
    return Object.keys(this.values) as K[];
  }

  /**
   * The value stringified inside `depth` objects and cut out of them, so JSON.stringify itself
   * indents it for its place: re-indenting the text after would copy tens of MB once more.
   */
  private atDepth(name: K, depth: number): string {
    const key = `${name}\u0000${depth}`;
    let text = this.placed.get(key);
    if (text === undefined) {
      let wrapped: unknown = this.values[name];
      let open = 0;
      let close = 0;
      for (let level = 0; level < depth; level++) {
        wrapped = { '': wrapped };
        open += `{\n${' '.repeat(2 * (level + 1))}"": `.length;
        close += `\n${' '.repeat(2 * level)}}`.length;
      }
      const whole = JSON.stringify(wrapped, null, 2);
      text = whole.slice(open, whole.length - close);
      this.placed.set(key, text);
    }
    return text;
  }
}

function markerOf(name: string): string {
  return `\u0000shared-json:${name}`;
}
