import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The built CLI runs in-process as Node loads it for the bin, untransformed: the same module
    // code, dynamic imports and import.meta.url.
    server: { deps: { external: [/\/errors-cli\/dist\//] } },
    maxWorkers: 2,
    // The CLI keeps no state between runs, so the test files can share a worker and what it loaded.
    isolate: false,
    // Most tests run in-process; the few that spawn the bin are slow when the machine is busy.
    testTimeout: 60_000,
  },
});
