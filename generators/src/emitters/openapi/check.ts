import { bodilessResponseName, COMPONENT_NAME, exampleName, responseName, statusResponseName } from './names.js';
import { messageKeyOf } from '../../model/naming.js';
import type { PathProblem } from '../../catalog/schema-check.js';
import type { CatalogPath } from '../../catalog/yaml-source.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Who derives a component name: a status, a code, or a variant of a code. */
interface Owner {
  readonly path: CatalogPath;
  readonly label: string;
  /** Same key twice is a duplicate code or variant id, which rules.ts already reports. */
  readonly key: string;
}

/**
 * OpenAPI component names derived from the catalog (see emitters/openapi/names.ts) must use only
 * the characters OpenAPI allows and must not collide: a code named `Status404` would silently
 * replace the response of every 404. Runs on data that may have failed the schema.
 */
export function checkOpenApiNames(data: unknown, locate: (path: CatalogPath) => { line: number }): PathProblem[] {
  if (!isObj(data)) return [];
  const problems: PathProblem[] = [];
  const report = (path: CatalogPath, message: string) =>
    problems.push({ path, message, target: 'value', severity: 'error' });
  const responses = new Map<string, Owner>();
  const errors = arr(data.errors);

  const claim = (name: string, owner: Owner) => {
    for (const candidate of [name, exampleName(name, 'xml'), exampleName(name, 'json')]) {
      if (!COMPONENT_NAME.test(candidate)) {
        report(
          owner.path,
          `${owner.label} derives the OpenAPI component name "${candidate}", but names may use only A-Z a-z 0-9 . - _`,
        );
        return;
      }
    }
    const first = responses.get(name);
    if (first === undefined) responses.set(name, owner);
    else if (first.key !== owner.key) {
      report(
        owner.path,
        `${owner.label} derives the OpenAPI response name "${name}", already derived by ${first.label} at line ${locate(first.path).line}`,
      );
    }
  };

  // Statuses first: their names are the document's fixed vocabulary, so a code is what collides.
  errors.forEach((entry, i) => {
    if (!isObj(entry) || typeof entry.httpStatus !== 'number') return;
    const status = entry.httpStatus;
    const owner = { path: ['errors', i, 'httpStatus'], label: `HTTP status ${status}`, key: `status ${status}` };
    if (responses.get(statusResponseName(status))?.key === owner.key) return;
    claim(statusResponseName(status), owner);
    claim(bodilessResponseName(status), owner);
  });

  errors.forEach((entry, i) => {
    if (!isObj(entry)) return;
    const code = str(entry.code);
    if (code === undefined) return;
    claim(responseName(messageKeyOf(code)), {
      path: ['errors', i, 'code'],
      label: `code "${code}"`,
      key: `code ${code}`,
    });
    arr(entry.variants).forEach((variant, j) => {
      const id = isObj(variant) ? str(variant.id) : undefined;
      if (id === undefined) return;
      const owner = {
        path: ['errors', i, 'variants', j, 'id'],
        label: `variant "${id}" of ${code}`,
        key: `variant ${code} ${id}`,
      };
      claim(responseName(messageKeyOf(code, id)), owner);
    });
  });
  return problems;
}
