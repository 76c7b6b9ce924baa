import { defineConfig } from 'vitest/config';

// One configuration for the whole repository: `npx vitest run` here runs every project, each
// with its own `vitest.config.ts`. Types are checked by each package's `typecheck` (tsc over
// src and test), not by vitest's typecheck mode, so no file is type-checked twice.
export default defineConfig({
  test: {
    // tests/registry is node:test, outside the workspace.
    projects: ['generators', 'packages/*', 'tests/*', '!tests/registry'],
  },
});
