import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInThisContext } from 'node:vm';
import { buildSync } from 'esbuild';

/** The runtime packages' folder: generators/{src,dist}/model/ → packages/. */
export const packagesDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'packages');

const loaded = new Map<string, Record<string, unknown>>();

/**
 * A hand-written module of a runtime package, run in this process, so that a rule the packages
 * apply at run time (a member list, the lookup key, XML escaping) is the generator's rule too,
 * written once. The module is bundled with its relative imports by esbuild; package imports
 * (`@jss/error-codes`, generated and perhaps not built yet) read as empty modules, so a module
 * used here must not need their values.
 */
export function runtimeModule(path: string): Record<string, unknown> {
  const known = loaded.get(path);
  if (known) return known;
  let code: string;
  try {
    const built = buildSync({
      entryPoints: [path],
      bundle: true,
      packages: 'external',
      format: 'cjs',
      write: false,
      // The module alone decides what it does: no tsconfig.json found around it (or the cwd) applies.
      tsconfigRaw: {},
      logLevel: 'silent',
    });
    code = built.outputFiles[0]?.text ?? '';
  } catch (cause) {
    throw new Error(`cannot compile the runtime module ${path}`, { cause });
  }
  const module = { exports: {} as Record<string, unknown> };
  const run = runInThisContext(`(function (require, module, exports) {${code}\n})`, { filename: path });
  run(() => ({}), module, module.exports);
  loaded.set(path, module.exports);
  return module.exports;
}

/** One function a runtime module exports, checked to be one. */
export function runtimeFunction<F extends (...args: never[]) => unknown>(path: string, name: string): F {
  const value = runtimeModule(path)[name];
  if (typeof value !== 'function') throw new Error(`${path} must export the function ${name}`);
  return value as F;
}
