import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { catalogSchema } from './schema.js';
import type { CatalogPath, Target } from './yaml-source.js';

/** A schema violation, still as a path: the caller knows how to locate it. */
export interface PathProblem {
  readonly path: CatalogPath;
  readonly target: Target;
  readonly message: string;
  readonly severity?: 'error' | 'warning';
  /** Set on the summary line of a failed oneOf. */
  readonly fromOneOf?: boolean;
}

let compiled: ValidateFunction | undefined;
/** The catalog schema's validator, compiled on first use. */
export function catalogValidator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(catalogSchema);
  return compiled;
}

/** Validates against the catalog schema and words each violation for a person editing YAML. */
export function checkSchema(data: unknown): PathProblem[] {
  const validate = catalogValidator();
  if (validate(data)) return [];
  const problems = (validate.errors ?? []).flatMap(describe);
  return dedupe(problems);
}

function describe(error: ErrorObject): PathProblem[] {
  const path = pointerToPath(error.instancePath);
  const name = String(path.at(-1) ?? 'catalog');
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return [
        {
          path: [...path, String(p.additionalProperty)],
          target: 'key',
          message: `unknown key "${String(p.additionalProperty)}"${where(path)}`,
        },
      ];
    case 'required':
      return [{ path, target: 'value', message: `missing required key "${String(p.missingProperty)}"${where(path)}` }];
    case 'propertyNames':
      return [];
    case 'pattern':
      return [{ path, target: 'value', message: patternMessage(path, name) }];
    case 'minimum':
    case 'maximum':
      if (name === 'httpStatus') return [{ path, target: 'value', message: 'httpStatus must be an integer 100-599' }];
      return [{ path, target: 'value', message: `${name} ${error.message ?? 'is out of range'}` }];
    case 'type':
      if (name === 'httpStatus') return [{ path, target: 'value', message: 'httpStatus must be an integer 100-599' }];
      return [{ path, target: 'value', message: `${name} must be ${article(String(p.type))}` }];
    case 'enum':
      return [
        {
          path,
          target: 'value',
          message: `${name} must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
        },
      ];
    case 'const':
      return [{ path, target: 'value', message: `${name} must be ${JSON.stringify(p.allowedValue)}` }];
    case 'oneOf':
      return [{ path, target: 'value', message: oneOfMessage(path, name), fromOneOf: true }];
    case 'minLength':
      return [{ path, target: 'value', message: `${name} must not be empty` }];
    default:
      return [{ path, target: 'value', message: `${name} ${error.message ?? 'is invalid'}` }];
  }
}

function patternMessage(path: CatalogPath, name: string): string {
  const parent = path.at(-2);
  if (name === 'code' || name === 'replacement' || (parent === 'aliases' && typeof name === 'string')) {
    return `${parent === 'aliases' ? 'alias' : 'code'} must be an identifier: a capital letter, then letters or digits`;
  }
  if (name === 'since') return 'since must be a date YYYY-MM-DD (the day the catalog made the change)';
  if (name === 'id') return 'variant id must be lowerCamelCase: a small letter, then letters or digits';
  if (name === 'translates')
    return 'translates must be 8 lowercase hex digits (the start of the SHA-256 of the source text)';
  return `${name} has an invalid format`;
}

function oneOfMessage(path: CatalogPath, name: string): string {
  if (path.at(-2) === 'text') return `text.${name} must be a non-empty string (source locale) or { text, translates }`;
  if (name === 'aws') return 'aws must be null or { code, httpStatus }';
  return `${name} does not match any allowed shape`;
}

function article(type: string): string {
  const word = type.split(',').join(' or ');
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function where(path: CatalogPath): string {
  return path.length === 0 ? ' at the top level' : '';
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * When a oneOf fails, ajv also reports why each branch failed; the oneOf line alone helps the
 * reader. Then one line per spot and message.
 */
function dedupe(problems: PathProblem[]): PathProblem[] {
  const oneOfSpots = problems.filter((p) => p.fromOneOf).map((p) => p.path.join('/'));
  const seen = new Set<string>();
  const out: PathProblem[] = [];
  for (const problem of problems) {
    const spot = problem.path.join('/');
    if (!problem.fromOneOf && oneOfSpots.some((o) => spot === o || spot.startsWith(`${o}/`))) continue;
    const key = `${spot}|${problem.target}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}
