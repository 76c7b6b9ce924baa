import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The fixture tests run the generator CLI several times, some in beforeAll.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
