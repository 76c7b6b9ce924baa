import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The client tests talk to a real server through real SDKs; a slow CI machine gets headroom.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
