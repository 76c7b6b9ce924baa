import { defineConfig, type ViteUserConfig } from 'vitest/config';

const config: ViteUserConfig = defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    // The conformance and retry tests talk to real servers; a slow CI machine gets headroom.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

export default config;
