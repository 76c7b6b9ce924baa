import { literal, propertyKey } from '../../ts/print.js';

const CODE = Symbol('code');

/** A value `tsData` prints as the given TypeScript expression, e.g. an imported constant. */
export interface TsExpression {
  readonly [CODE]: string;
}

/** Only for expressions the generator writes itself (identifiers), never for catalog text. */
export function tsExpression(code: string): TsExpression {
  return { [CODE]: code };
}

/**
 * A JSON-like value as a TypeScript expression, two-space indented. Strings go through `literal`
 * and keys through `propertyKey`, so no catalog text can end a string or a comment early.
 */
export function tsData(value: unknown, indent = ''): string {
  if (!containsExpression(value)) {
    // Plain data: JSON is a TypeScript expression, and JSON.stringify is far faster than a walk.
    // A `__proto__` key would set the prototype in a literal; leave those to the walk below.
    const json = JSON.stringify(value, null, 2);
    if (!json.includes('"__proto__":')) return indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
  }
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return literal(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${tsData(v, inner)},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    if (CODE in value) return (value as TsExpression)[CODE];
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${tsData(v, inner)},`).join('\n')}\n${indent}}`;
  }
  throw new Error(`not JSON data: ${typeof value}`);
}

/** `__proto__` as a plain key would set the prototype; a computed key defines a property. */
function key(name: string): string {
  return name === '__proto__' ? `[${literal(name)}]` : propertyKey(name);
}

/** Whether an expression marker sits anywhere in `value`. */
function containsExpression(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (CODE in value) return true;
  return (Array.isArray(value) ? value : Object.values(value)).some(containsExpression);
}
