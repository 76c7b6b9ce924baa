/**
 * The code blocks of the READMEs, for readme-blocks.test.ts. A ```ts block is an ES module, a
 * ```js block a CommonJS one; a plain block that starts with `$ jss-errors …` is a transcript of the
 * CLI (run by the test, its output compared). Other blocks (sh, yaml, json, http) are not checked.
 * A comment on the line before a block changes how it is compiled (it does not show on GitHub):
 *
 *   <!-- readme-block: declare const res: Response; -->   hidden lines a snippet needs (its `res`)
 *   <!-- readme-block: run; const requestId = 'R1'; -->   also run it, after hidden lines that run
 *   <!-- readme-block: not compiled, <why> -->             a block that cannot compile, and why
 *
 * In a block that runs, a statement followed by a comment that starts with a literal
 * (`error.httpStatus; // 404`, `format(e); // 'The bucket …'`) asserts that value: the examples'
 * catalog facts (statuses, messages, texts) are checked against the built packages.
 */
export interface ReadmeBlock {
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: 'ts' | 'js' | 'transcript';
  /** The block's text, its indentation (inside a list item) removed. */
  readonly code: string;
  /** Hidden lines compiled (and run) before the block. */
  readonly prelude: string;
  /** Whether the test runs the block too. */
  readonly run: boolean;
  /** Why the block is not compiled, when its marker says so. */
  readonly notCompiled?: string;
}

const MARKER = /^<!-- readme-block: (.*) -->$/;
const LANGS: Record<string, ReadmeBlock['lang']> = { ts: 'ts', typescript: 'ts', js: 'js', javascript: 'js' };

export function readmeBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent = '', tag = ''] = open;
    const end = lines.findIndex((l, j) => j > i && l.trimEnd() === `${indent}\`\`\``);
    if (end < 0) throw new Error(`line ${i + 1}: a code block that is never closed`);
    const lang = LANGS[tag] ?? (tag === '' && lines[i + 1]?.startsWith('$ jss-errors ') ? 'transcript' : undefined);
    const marker = MARKER.exec(lines[i - 1]?.trim() ?? '')?.[1]?.trim() ?? '';
    if (lang) {
      const code = lines
        .slice(i + 1, end)
        .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
        .join('\n');
      const notCompiled = marker.startsWith('not compiled') ? marker : undefined;
      if (notCompiled === 'not compiled') throw new Error(`line ${i}: say why the block is not compiled`);
      const run = /^run\b/.test(marker);
      const prelude = notCompiled ? '' : run ? marker.replace(/^run;?\s*/, '') : marker;
      blocks.push({ line: i + 1, lang, code, prelude, run, notCompiled });
    } else if (marker) {
      throw new Error(`line ${i}: a readme-block marker on a ${tag || 'plain'} block, which is never compiled`);
    }
    i = end;
  }
  return blocks;
}

/** An expression statement (not a declaration) whose comment starts with a literal: a string, a number, a boolean or null. */
const EXPECTATION =
  /^(\s*)(?!(?:const|let|var|import|export|return|throw|if|for)\b)(\S.*?);\s*\/\/ ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null)(?=$|[\s:,.;)])/;

/**
 * The block with each `statement; // literal` line turned into a call `__expect(value, literal,
 * where)`, `where` naming the README line (`firstLine`: the line of the block's first line).
 */
export function withAssertions(code: string, readme: string, firstLine: number): string {
  return code
    .split('\n')
    .map((line, i) => {
      const m = EXPECTATION.exec(line);
      if (!m) return line;
      const [, indent, statement, literal] = m as unknown as [string, string, string, string];
      return `${indent}__expect(${statement}, ${literal}, ${JSON.stringify(`${readme}:${firstLine + i}: ${statement}`)});`;
    })
    .join('\n');
}
