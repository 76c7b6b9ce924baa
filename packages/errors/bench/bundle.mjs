// What an app would ship: `source` bundled for the browser-neutral platform, minified, from this
// package's point of view (so `@jss/errors` resolves to the built package).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

export async function bundle(source) {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: here, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
