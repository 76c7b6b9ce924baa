import type { PathProblem } from '../../catalog/schema-check.js';
import type { TargetCheck } from '../../catalog/target-check.js';
import type { CatalogPath } from '../../catalog/yaml-source.js';
import { bodilessResponseName, responseName, statusResponseName } from './names.js';

/** Who derives a component name: a status, a code, or a variant of a code. */
interface Owner {
  readonly path: CatalogPath;
  readonly label: string;
}

/**
 * OpenAPI component names derived from the catalog (see emitters/openapi/names.ts) must not
 * collide: a code named `Status404` would silently replace the response of every 404. (The
 * schema's patterns for codes and variant ids keep every name to the characters OpenAPI allows.)
 */
export const checkOpenApiNames: TargetCheck = (model, locate) => {
  const problems: PathProblem[] = [];
  const responses = new Map<string, Owner>();
  const claim = (name: string, owner: Owner) => {
    const first = responses.get(name);
    if (first === undefined) responses.set(name, owner);
    else if (first.label !== owner.label) {
      const message = `${owner.label} derives the OpenAPI response name "${name}", already derived by ${first.label} at line ${locate(first.path).line}`;
      problems.push({ path: owner.path, message, target: 'value', severity: 'error' });
    }
  };
  // Statuses first: their names are the document's fixed vocabulary, so a code is what collides.
  model.errors.forEach((e, i) => {
    const owner = { path: ['errors', i, 'httpStatus'], label: `HTTP status ${e.httpStatus}` };
    if (responses.get(statusResponseName(e.httpStatus))?.label === owner.label) return;
    claim(statusResponseName(e.httpStatus), owner);
    claim(bodilessResponseName(e.httpStatus), owner);
  });
  model.errors.forEach((e, i) => {
    claim(responseName(e.messageKey), { path: ['errors', i, 'code'], label: `code "${e.code}"` });
    e.variants.forEach((v, j) => {
      claim(responseName(v.messageKey), {
        path: ['errors', i, 'variants', j, 'id'],
        label: `variant "${v.id}" of ${e.code}`,
      });
    });
  });
  return problems;
};
