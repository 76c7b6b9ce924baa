import { createRequire } from 'node:module';
import jsYaml from 'js-yaml';
import type { Document, LineCounter, Node } from 'yaml';
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

const require = createRequire(import.meta.url);
type YamlModule = typeof import('yaml');

/**
 * Parses in two speeds. js-yaml (YAML 1.2 core schema, duplicate keys refused) reads the data
 * several times faster than a position-keeping parser, which matters at 10,000 codes. Positions
 * are only needed to report a problem, so the `yaml` package builds its node tree with source
 * ranges lazily: on the first `locate()` or when js-yaml rejects the text, whose errors it then
 * words.
 */
export function parseYamlSource(file: string, text: string): YamlSource {
  let data: unknown;
  let fastFailed = false;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch {
    fastFailed = true;
  }
  let positional: { doc: Document; lineCounter: LineCounter } | undefined;
  const positions = () => (positional ??= parsePositional(text));

  let parseErrors: Diagnostic[] = [];
  if (fastFailed) {
    const { doc, lineCounter } = positions();
    parseErrors = [...doc.errors, ...doc.warnings].map((e) => {
      const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
      return { file, line: pos.line, column: pos.col, severity: 'error', message: `YAML: ${firstLine(e.message)}` };
    });
    if (parseErrors.length === 0) {
      // The parsers disagree; trust the stricter one's data rather than report nothing.
      data = doc.toJS({ maxAliasCount: 100 });
    }
  }

  // An alias repeats a node wherever it is used: a small catalog could stand for hundreds of MB
  // of generated output. The catalog has no need for them, so they are refused where they stand.
  // The scan for `*name` where a value starts is only a prefilter (Markdown `*emphasis*` in a
  // text does not trigger it); the positional parser tells real aliases apart.
  if (parseErrors.length === 0 && /[:\-[,][ \t]+\*[^\s*]/.test(text)) {
    const yaml = require('yaml') as YamlModule;
    const { doc, lineCounter } = positions();
    yaml.visit(doc, {
      Alias(_, node) {
        const pos = lineCounter.linePos(node.range?.[0] ?? 0);
        parseErrors.push({
          file,
          line: pos.line,
          column: pos.col,
          severity: 'error',
          message: `YAML alias *${node.source} is not allowed in the catalog: write the value out`,
        });
      },
    });
  }

  return {
    file,
    text,
    data,
    parseErrors,
    locate(path, target = 'value') {
      const { doc, lineCounter } = positions();
      const pos = lineCounter.linePos(offsetOf(doc, path, target));
      return { line: pos.line, column: pos.col };
    },
  };
}

function parsePositional(text: string): { doc: Document; lineCounter: LineCounter } {
  const yaml = require('yaml') as YamlModule;
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { doc, lineCounter };
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

/**
 * The start offset of the deepest node on `path` that exists, so a missing key points at the
 * mapping that should hold it.
 */
function offsetOf(doc: Document, path: CatalogPath, target: Target): number {
  const yaml = require('yaml') as YamlModule;
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (yaml.isMap(node)) {
      const pair = node.items.find((p) => yaml.isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return offset;
      if (last && target === 'key') return rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (yaml.isSeq(node)) {
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
