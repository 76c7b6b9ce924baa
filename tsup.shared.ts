import { defineConfig, type Options } from 'tsup';

/** One build for every package: ESM + CommonJS, each with its own declarations. */
export function packageBuild(entry: string[] | Record<string, string>, extra: Partial<Options> = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    splitting: true,
    treeshake: false,
    target: 'node20',
    platform: 'neutral',
    outDir: 'dist',
    ...extra,
  });
}
