import { defineConfig, type ViteUserConfig } from 'vitest/config';

const config: ViteUserConfig = defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The client tests talk to a real server through real SDKs; a slow CI machine gets headroom.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});

export default config;
