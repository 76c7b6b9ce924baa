import { printStructure, type Structures } from 'ts-morph';
import { PRINT_OPTIONS } from './print.js';

const SLOT = /__slot_([A-Za-z0-9]+)__/g;
const MEMBERS = '__members__';

/** Printed text with holes: literals[i], then slot i, then literals[i + 1]. */
interface Template {
  readonly literals: string[];
  readonly slots: string[];
}

/**
 * Prints statements that share one shape (a class per code) by printing the shape once through
 * ts-morph, with slot identifiers where names, types, literals and doc lines go, then filling the
 * slots per code. ts-morph's writer costs about a microsecond per character; printing each shape
 * once keeps 10,000 codes linear and fast while ts-morph still lays out every token.
 *
 * `build` receives `slot`, where `slot.name` stands for the value `name`; `shape` tells builds
 * apart that differ in structure (e.g. the number of placeholder fields). Values are inserted
 * as they are: pass identifiers, `literal(...)` output and `docText(...)` of single lines only.
 */
export function createShapePrinter<Slot extends string>(
  build: (slot: Readonly<Record<Slot, string>>, shape: string) => Structures,
) {
  const templates = new Map<string, Template>();
  const slot = new Proxy({} as Record<Slot, string>, { get: (_, name) => `__slot_${String(name)}__` });
  return (shape: string, values: Readonly<Record<Slot, string>>): string => {
    let template = templates.get(shape);
    if (!template) {
      template = compile(printStructure(build(slot, shape), PRINT_OPTIONS).trimEnd());
      templates.set(shape, template);
    }
    let out = template.literals[0]!;
    for (let i = 0; i < template.slots.length; i++) {
      const value = values[template.slots[i] as Slot];
      if (value === undefined) throw new Error(`no value for slot ${template.slots[i]} of shape ${shape}`);
      out += value + template.literals[i + 1]!;
    }
    return out;
  };
}

function compile(text: string): Template {
  const parts = text.split(SLOT);
  return {
    literals: parts.filter((_, i) => i % 2 === 0),
    slots: parts.filter((_, i) => i % 2 === 1),
  };
}

/**
 * Prints a container (enum, interface) through ts-morph with one member named `__members__`,
 * then puts `members` in that member's place at the indentation the printer chose.
 * `members` are complete member texts, e.g. from a shape printer.
 */
export function printWithMembers(frame: (members: string) => Structures, members: readonly string[]): string {
  const text = printStructure(frame(MEMBERS), PRINT_OPTIONS).trimEnd();
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes(MEMBERS));
  const indent = /^\s*/.exec(lines[at]!)![0];
  const body = members.map((m) =>
    m
      .split('\n')
      .map((l) => (l === '' ? l : indent + l))
      .join('\n'),
  );
  return [...lines.slice(0, at), ...body, ...lines.slice(at + 1)].join('\n');
}
