import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tests run real tools (pnpm pack, redocly, openapi-typescript, tsc) as child processes.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
