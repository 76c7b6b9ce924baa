import type { CatalogModel } from '../model/types.js';
import type { PathProblem } from './schema-check.js';
import type { CatalogPath } from './yaml-source.js';

/**
 * A rule one target imposes on the catalog, run on the model once the catalog passed its own
 * rules. It names each problem by its path in the catalog (`errors[i]` is `model.errors[i]`),
 * which the load stage turns into `file:line:col`.
 */
export type TargetCheck = (model: CatalogModel, locate: (path: CatalogPath) => { line: number }) => PathProblem[];
