import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from './diagnostic.js';

/** A path into the parsed catalog, e.g. ['errors', 3, 'httpStatus']. */
export type CatalogPath = readonly (string | number)[];

/** Which part of a mapping entry a diagnostic points at. */
export type Target = 'value' | 'key';

/** The parsed YAML with the means to turn a path back into a line and column. */
export interface YamlSource {
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
  readonly parseErrors: Diagnostic[];
  locate(path: CatalogPath, target?: Target): { line: number; column: number };
}

export function parseYamlSource(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const parseErrors: Diagnostic[] = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
    return {
      file,
      line: pos.line,
      column: pos.col,
      severity: 'error',
      message: `YAML: ${firstLine(e.message)}`,
    };
  });
  const data = doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;

  return {
    file,
    text,
    data,
    parseErrors,
    locate(path, target = 'value') {
      const offset = offsetOf(doc, path, target);
      const pos = lineCounter.linePos(offset);
      return { line: pos.line, column: pos.col };
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

/**
 * The start offset of the deepest node on `path` that exists, so a missing key points at the
 * mapping that should hold it.
 */
function offsetOf(doc: Document, path: CatalogPath, target: Target): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return offset;
      if (last && target === 'key') return rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray(node.items)) {
      node = (node.items as unknown[])[Number(segment)];
    } else {
      return offset;
    }
    offset = rangeStart(node) ?? offset;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
