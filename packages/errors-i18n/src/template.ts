import { joinWithoutPlaceholder } from './drop-placeholder.js';
import { placeholderValue, type PlaceholderSource } from './placeholder-value.js';

type Values = Readonly<Record<string, unknown>> | undefined;

/** A message compiled to a function that fills its placeholders from params, an error, the code. */
export type CompiledTemplate = (params: Values, error: PlaceholderSource | undefined, code: string) => string;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/**
 * `{name}` is a placeholder; every other character, braces included, is literal text (the
 * generator refuses catalog texts with stray braces). Texts with up to two placeholders get a
 * function that is one concatenation when every value is there, as fast as a template literal
 * plus the look-ups. A placeholder without a value is dropped (`joinWithoutPlaceholder`).
 */
export function compileTemplate(text: string): CompiledTemplate {
  const l: string[] = [];
  const n: string[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    l.push(text.slice(last, match.index));
    n.push(match[1]!);
    last = match.index + match[0].length;
  }
  l.push(text.slice(last));
  const [l0 = '', l1 = '', l2 = ''] = l;
  const [n0 = '', n1 = ''] = n;
  switch (n.length) {
    case 0:
      return () => l0;
    case 1:
      return (p, e, c) => {
        const v0 = placeholderValue(p, e, c, n0);
        return v0 === undefined ? joinWithoutPlaceholder(l0, l1) : l0 + v0 + l1;
      };
    case 2:
      return (p, e, c) => {
        const v0 = placeholderValue(p, e, c, n0);
        const v1 = placeholderValue(p, e, c, n1);
        return v0 !== undefined && v1 !== undefined ? l0 + v0 + l1 + v1 + l2 : fill(l, [v0, v1]);
      };
    default:
      return (p, e, c) =>
        fill(
          l,
          n.map((name) => placeholderValue(p, e, c, name)),
        );
  }
}

/** Literals and values interleaved, each missing value dropped with the spaces around it. */
function fill(literals: readonly string[], values: readonly (string | undefined)[]): string {
  let out = literals[0]!;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    out = value === undefined ? joinWithoutPlaceholder(out, literals[i + 1]!) : out + value + literals[i + 1]!;
  }
  return out;
}

/** One bundle's messages, compiled on first use of each key and kept. */
export class TemplateCache {
  private readonly compiled = new Map<string, CompiledTemplate>();

  constructor(private readonly messages: Readonly<Record<string, string>>) {}

  /** The template of `key`, or undefined when the messages do not have it as their own string. */
  get(key: string): CompiledTemplate | undefined {
    let template = this.compiled.get(key);
    if (template === undefined) {
      // Own keys only: a code such as `constructor` must not find Object.prototype's. Misses are
      // not kept: codes come from the network, and a cache of them would grow without bound.
      const text = Object.hasOwn(this.messages, key) ? this.messages[key] : undefined;
      if (typeof text !== 'string') return undefined;
      template = compileTemplate(text);
      this.compiled.set(key, template);
    }
    return template;
  }
}
