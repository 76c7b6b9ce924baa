import { defineConfig } from 'vitest/config';
import { WINDOWS } from './lib/windows.mjs';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One browser at a time: the machine has two cores shared with other work.
    fileParallelism: false,
    // it.concurrent tests borrow one of a file's WINDOWS each; more would only wait for one.
    maxConcurrency: WINDOWS,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
