import {
  printStructure,
  StructureKind,
  type OptionalKind,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
} from 'ts-morph';

export type Statement = string | StatementStructures;

export const PRINT_OPTIONS = {
  indentNumberOfSpaces: 2,
  useSingleQuote: true,
  newLine: '\n',
  insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true,
} as const;

/**
 * Prints a module: ts-morph structures through its printer (never a Project's AST, which keeps
 * 10,000 classes linear), ready-made text statements as they are, one blank line between
 * statements. Text bypasses the printer on purpose: its writer inspects every character, and
 * data blocks (messages, tables) are most of the characters.
 */
export function printModule(statements: readonly Statement[]): string {
  const parts: string[] = [];
  let run: StatementStructures[] = [];
  const flush = () => {
    if (run.length === 0) return;
    parts.push(printStructure({ kind: StructureKind.SourceFile, statements: run }, PRINT_OPTIONS).trim());
    run = [];
  };
  for (const statement of statements) {
    if (typeof statement === 'string') {
      flush();
      parts.push(statement);
    } else {
      run.push(statement);
    }
  }
  flush();
  return `${parts.join('\n\n')}\n`;
}

/**
 * A data constant as text. ts-morph's printer gives multi-line initializers a hanging indent,
 * so data blocks are written here and passed to `printModule` as ready statements.
 */
export function constStatement(options: {
  doc: string;
  name: string;
  type?: string;
  value: string;
  exported?: boolean;
}): string {
  const type = options.type ? `: ${options.type}` : '';
  return `/** ${docText(options.doc)} */\n${options.exported === false ? '' : 'export '}const ${options.name}${type} = ${options.value};`;
}

/** `{ a, b }` over several lines, entries already printed. */
export function objectBlock(entries: readonly string[]): string {
  return entries.length === 0 ? '{}' : `{\n${entries.map((e) => `  ${e},`).join('\n')}\n}`;
}

/** `[a, b]` over several lines, items already printed. */
export function arrayBlock(items: readonly string[]): string {
  return items.length === 0 ? '[]' : `[\n${items.map((e) => `  ${e},`).join('\n')}\n]`;
}

/** A union type: one line when short, one member per line when long. */
export function unionType(members: readonly string[]): string {
  if (members.length === 0) return 'never';
  const oneLine = members.join(' | ');
  return oneLine.length <= 80 ? oneLine : `\n  | ${members.join('\n  | ')}`;
}

/** A string, number, boolean or null as a TypeScript literal, single-quoted; safe for any text. */
export function literal(value: string | number | boolean | null): string {
  if (typeof value !== 'string') return String(value);
  // JSON escapes every control character, quote and backslash; swap the quote style.
  const body = JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${body}'`;
}

/** Text made safe inside a `/** … *\/` comment: no early `*\/`, one line per line. */
export function docText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\r\n?/g, '\n');
}

/** A property key: bare when it is an identifier, quoted otherwise. */
export function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : literal(key);
}

/** A JSDoc block from lines of text; `*\/` in the text is neutralised. */
export function jsDoc(text: string, indent = ''): string {
  const lines = docText(text).split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */`;
  return [`${indent}/**`, ...lines.map((l) => (l === '' ? `${indent} *` : `${indent} * ${l}`)), `${indent} */`].join(
    '\n',
  );
}

const UNION = '__union__';

/**
 * A type alias of a union, printed by ts-morph, the union one member per line when long. (Given a
 * multi-line type, ts-morph's writer would hang-indent it after a trailing space.)
 */
export function unionTypeAlias(
  alias: Omit<OptionalKind<TypeAliasDeclarationStructure>, 'type'>,
  members: readonly string[],
): string {
  const text = printStructure({ ...alias, kind: StructureKind.TypeAlias, type: UNION }, PRINT_OPTIONS).trimEnd();
  const union = unionType(members);
  return text.replace(` ${UNION}`, union.startsWith('\n') ? union : ` ${union}`);
}
