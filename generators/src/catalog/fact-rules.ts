import { isObj, type Report } from './raw.js';
import type { CatalogPath } from './yaml-source.js';

/**
 * A code's `constraints`: each names a declared param, its lengths are in order, and its pattern
 * compiles as the runtime compiles it (`new RegExp(pattern, 'u')`) and is anchored at both ends,
 * so it says what the whole value must be.
 */
export function checkConstraints(entry: Record<string, unknown>, base: CatalogPath, code: string, report: Report) {
  const constraints = entry.constraints;
  if (!isObj(constraints)) return;
  const params = isObj(entry.params) ? entry.params : {};
  for (const [name, rule] of Object.entries(constraints)) {
    const at: CatalogPath = [...base, 'constraints', name];
    if (!Object.hasOwn(params, name)) report(at, `constraint "${name}" of ${code} names no declared param`, 'key');
    if (!isObj(rule)) continue;
    const { minLength, maxLength, pattern } = rule;
    if (typeof minLength === 'number' && typeof maxLength === 'number' && minLength > maxLength) {
      report([...at, 'minLength'], `minLength ${minLength} of ${code}.${name} is above its maxLength ${maxLength}`);
    }
    if (typeof pattern !== 'string') continue;
    try {
      new RegExp(pattern, 'u');
    } catch (error) {
      report([...at, 'pattern'], `pattern of ${code}.${name} is not a regular expression: ${(error as Error).message}`);
      continue;
    }
    if (!pattern.startsWith('^') || !pattern.endsWith('$')) {
      report(
        [...at, 'pattern'],
        `pattern of ${code}.${name} must start with ^ and end with $ (it rules the whole value)`,
      );
    }
  }
}

/** Each param's `example` has the param's type: the OpenAPI examples must validate against its schema. */
export function checkParamExamples(params: unknown, base: CatalogPath, code: string, report: Report) {
  if (!isObj(params)) return;
  for (const [name, param] of Object.entries(params)) {
    if (!isObj(param) || param.example === undefined) continue;
    const fits = param.type === 'integer' ? Number.isInteger(param.example) : typeof param.example === 'string';
    if (!fits)
      report(
        [...base, name, 'example'],
        `example of ${code}.${name} is not ${param.type === 'integer' ? 'an integer' : 'a string'}`,
      );
  }
}
