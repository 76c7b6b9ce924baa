import { describe, expect, it } from 'vitest';
import { array, block, doc, lit, printModule, prop, ts, union } from '../src/ts/code.js';

const words = (text: string) =>
  text
    .replace(/\/\*\*|\*\/|^\s*\*/gm, ' ')
    .split(/\s+/)
    .filter(Boolean);

describe('the TypeScript printer', () => {
  it('wraps JSDoc at 120 columns at any depth, keeping every word', () => {
    const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const printed = printModule([
      ts`export const a = ${block([ts`${doc(text)}\nb: ${block([ts`${doc(text)}\nc: 1`])}`])};`,
    ]);
    const lines = printed.split('\n');
    expect(lines.filter((line) => line.includes('word')).length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
    expect(words(printed).filter((w) => w.startsWith('word'))).toEqual([...text.split(' '), ...text.split(' ')]);
  });

  it('a short doc is one line, text that would close it stays inside', () => {
    expect(printModule([ts`${doc('a */ b')}\nconst x = 1;`])).toBe('/** a *\\/ b */\nconst x = 1;\n');
  });

  it('short lists and unions stay on one line, long ones go one item a line', () => {
    const few = ['a', 'b'].map((s) => lit(s));
    const many = Array.from({ length: 30 }, (_, i) => lit(`item${i}`));
    expect(printModule([ts`const x = ${array(few)};`])).toBe("const x = ['a', 'b'];\n");
    expect(printModule([ts`type X = ${union(few)};`])).toBe("type X = 'a' | 'b';\n");
    const list = printModule([ts`const x = ${array(many)};`]).split('\n');
    expect(list[0]).toBe('const x = [');
    expect(list[1]).toBe("  'item0',");
    const type = printModule([ts`type X = ${union(many)};`]).split('\n');
    expect(type[0]).toBe('type X =');
    expect(type[1]).toBe("  | 'item0'");
  });

  it('objects are one member a line', () => {
    expect(printModule([ts`const o = ${block([prop('a', lit(1)), prop('b-c', lit('d'))])};`])).toBe(
      "const o = {\n  a: 1,\n  'b-c': 'd',\n};\n",
    );
  });
});
