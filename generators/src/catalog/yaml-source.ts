import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
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

/**
 * Parses with the `yaml` package (YAML 1.2 core schema, duplicate keys refused), which keeps each
 * node's source range, so every problem found later is located at its line and column.
 */
export function parseYamlSource(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, message: string): Diagnostic => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, severity: 'error', message };
  };
  const parseErrors = [...doc.errors, ...doc.warnings].map((e) => at(e.pos[0], `YAML: ${firstLine(e.message)}`));
  // An alias repeats a node wherever it is used: a small catalog could stand for hundreds of MB
  // of generated output. The catalog has no need for them, so they are refused where they stand.
  if (parseErrors.length === 0) {
    visit(doc, {
      Alias(_, node) {
        parseErrors.push(
          at(node.range?.[0] ?? 0, `YAML alias *${node.source} is not allowed in the catalog: write the value out`),
        );
      },
    });
  }
  return {
    file,
    text,
    data: parseErrors.length === 0 ? doc.toJS() : undefined,
    parseErrors,
    locate(path, target = 'value') {
      const pos = lineCounter.linePos(offsetOf(doc, path, target));
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
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return offset;
      if (last && target === 'key') return rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
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
