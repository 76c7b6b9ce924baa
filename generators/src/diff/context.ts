import { resolve } from 'node:path';
import { repoRoot } from '../generate.js';

/** Where the diff and release commands work: a repository, its catalog, and today's schema. */
export interface RepoContext {
  readonly root: string;
  readonly catalogPath: string;
  readonly schemaPath: string;
}

export function repoContext(options: { root?: string; catalog?: string }): RepoContext {
  const root = resolve(options.root ?? repoRoot);
  return {
    root,
    catalogPath: resolve(options.catalog ?? resolve(root, 'catalog', 'errors.yaml')),
    // Today's rules load every side, whatever the rules were when it was committed.
    schemaPath: resolve(repoRoot, 'catalog', 'schema.json'),
  };
}
