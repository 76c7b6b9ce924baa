/**
 * JSON text of documents that hold the same large values (the OpenAPI 3.0 and 3.1 documents share
 * their responses, examples and headers): each value is stringified once, and each document is
 * stringified with a marker in its place, then the value's text is spliced in at the marker's
 * indent. The bytes equal `JSON.stringify(document, null, 2)` of the whole document.
 */
export class SharedJson<K extends string> {
  private readonly texts = new Map<K, string>();
  /** The value's text re-indented for a depth, made once per depth it is placed at. */
  private readonly placed = new Map<string, string>();

  constructor(values: Readonly<Record<K, unknown>>) {
    for (const name of Object.keys(values) as K[]) this.texts.set(name, JSON.stringify(values[name], null, 2));
  }

  /** What to put in a document where each shared value goes. */
  markers(): Record<K, string> {
    return Object.fromEntries([...this.texts.keys()].map((name) => [name, markerOf(name)])) as Record<K, string>;
  }

  /** `document` (holding the markers) as JSON with two-space indents and a final line break. */
  stringify(document: unknown): string {
    let text = `${JSON.stringify(document, null, 2)}\n`;
    for (const [name, value] of this.texts) {
      // A marker starts with U+0000, which the catalog refuses in every text: a second one would
      // be a generator bug, not catalog content.
      const quoted = JSON.stringify(markerOf(name));
      const at = text.indexOf(quoted);
      if (at < 0 || text.indexOf(quoted, at + 1) >= 0) {
        throw new Error(`the document holds ${quoted} ${at < 0 ? 'nowhere' : 'more than once'}`);
      }
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const indent = /^ */.exec(text.slice(lineStart, at))![0];
      text = text.slice(0, at) + this.indented(name, value, indent) + text.slice(at + quoted.length);
    }
    return text;
  }

  private indented(name: K, value: string, indent: string): string {
    const key = `${name}\u0000${indent.length}`;
    let text = this.placed.get(key);
    if (text === undefined) {
      text = indent === '' ? value : value.replaceAll('\n', `\n${indent}`);
      this.placed.set(key, text);
    }
    return text;
  }
}

function markerOf(name: string): string {
  return `\u0000shared-json:${name}`;
}
