import type { PathProblem } from './schema-check.js';
import type { CatalogPath } from './yaml-source.js';

/**
 * A rule one target imposes on the catalog. It receives the parsed catalog before the model is
 * built (it may have failed the schema, so it must not assume its shape) and names each problem
 * by its path in the catalog, which the load stage turns into `file:line:col`.
 */
export type TargetCheck = (data: unknown, locate: (path: CatalogPath) => { line: number }) => PathProblem[];

/** Several checks as one. */
export function allChecks(...checks: readonly TargetCheck[]): TargetCheck {
  return (data, locate) => checks.flatMap((check) => check(data, locate));
}
