// `build`: the generator's JavaScript, each source file transpiled alone by esbuild (about 0.2 s;
// `tsc` took several). Type-checking is `typecheck`'s (test/tsconfig.json covers src and tests),
// as for the packages. The stamp tells `pnpm generate` when this build is stale.
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/**/*.ts'],
  outdir: 'dist',
  outbase: 'src',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
writeFileSync('dist/.build-stamp', '');
