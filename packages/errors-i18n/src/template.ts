import { placeholderValue, type PlaceholderSource } from './placeholder-value.js';

type Values = Readonly<Record<string, unknown>> | undefined;

/** A message compiled to a function that fills its placeholders from params, an error, the code. */
export type CompiledTemplate = (params: Values, error: PlaceholderSource | undefined, code: string) => string;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/**
 * `{name}` is a placeholder; every other character, braces included, is literal text (the
 * generator refuses catalog texts with stray braces). Texts with up to three placeholders get a
 * function that is one concatenation, as fast as a template literal plus the look-ups; a string
 * value from params is used inline, anything else goes through `placeholderValue`.
 */
export function compileTemplate(text: string): CompiledTemplate {
  const l: string[] = [];
  const n: string[] = [];
  const r: string[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    l.push(text.slice(last, match.index));
    n.push(match[1]!);
    r.push(match[0]);
    last = match.index + match[0].length;
  }
  l.push(text.slice(last));
  const [l0 = '', l1 = '', l2 = '', l3 = ''] = l;
  const [n0 = '', n1 = '', n2 = ''] = n;
  const [r0 = '', r1 = '', r2 = ''] = r;
  switch (n.length) {
    case 0:
      return () => l0;
    case 1:
      return (p, e, c) => {
        const v0 = p === undefined ? undefined : p[n0];
        return l0 + (typeof v0 === 'string' ? v0 : placeholderValue(v0, e, c, n0, r0)) + l1;
      };
    case 2:
      return (p, e, c) => {
        const v0 = p === undefined ? undefined : p[n0];
        const v1 = p === undefined ? undefined : p[n1];
        return (
          l0 +
          (typeof v0 === 'string' ? v0 : placeholderValue(v0, e, c, n0, r0)) +
          l1 +
          (typeof v1 === 'string' ? v1 : placeholderValue(v1, e, c, n1, r1)) +
          l2
        );
      };
    case 3:
      return (p, e, c) => {
        const v0 = p === undefined ? undefined : p[n0];
        const v1 = p === undefined ? undefined : p[n1];
        const v2 = p === undefined ? undefined : p[n2];
        return (
          l0 +
          (typeof v0 === 'string' ? v0 : placeholderValue(v0, e, c, n0, r0)) +
          l1 +
          (typeof v1 === 'string' ? v1 : placeholderValue(v1, e, c, n1, r1)) +
          l2 +
          (typeof v2 === 'string' ? v2 : placeholderValue(v2, e, c, n2, r2)) +
          l3
        );
      };
    default:
      return (p, e, c) => {
        let out = l0;
        for (let i = 0; i < n.length; i++)
          out += placeholderValue(p === undefined ? undefined : p[n[i]!], e, c, n[i]!, r[i]!) + l[i + 1]!;
        return out;
      };
  }
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
