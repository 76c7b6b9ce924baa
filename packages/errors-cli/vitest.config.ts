import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every test spawns the built bin; two at a time is what the machine can take.
    maxWorkers: 2,
    // Spawning is slow when the machine is busy; a test that hangs still fails.
    testTimeout: 60_000,
  },
});
