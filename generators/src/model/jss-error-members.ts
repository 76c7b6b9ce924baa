import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInThisContext } from 'node:vm';
import { buildSync } from 'esbuild';

/** The runtime class every generated class extends: generators/{src,dist}/model/ → the repository. */
export const jssErrorSource = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'packages/errors/src/jss-error.ts',
);

export interface JssErrorMembers {
  /** Names a placeholder may not take: it would become a field hiding one of these members. */
  readonly reserved: ReadonlySet<string>;
  /** Placeholders that are the error's own base fields (`resource`, `requestId`), not fields of their own. */
  readonly baseFields: ReadonlySet<string>;
}

const loaded = new Map<string, JssErrorMembers>();

/**
 * The members of `JssError`, read from the class itself: its source is compiled and run, one
 * instance is constructed (with a cause, which `Error` then owns too), and every own and
 * inherited property name up to `Object.prototype` is collected. A member added to the class is
 * reserved without anyone listing it.
 */
export function jssErrorMembers(source: string = jssErrorSource): JssErrorMembers {
  const known = loaded.get(source);
  if (known) return known;
  const runtime = runModule(source) as {
    JssError?: new (spec: object, options?: object) => object;
    BASE_FIELDS?: object;
  };
  if (typeof runtime.JssError !== 'function' || typeof runtime.BASE_FIELDS !== 'object') {
    throw new Error(`${source} must export the class JssError and its BASE_FIELDS`);
  }
  const error = new runtime.JssError(
    { code: 'Sample', name: 'SampleError', httpStatus: 400, message: '' },
    { cause: 0 },
  );
  const names = new Set<string>();
  for (let at: object | null = error; at !== null; at = Object.getPrototypeOf(at)) {
    for (const name of Object.getOwnPropertyNames(at)) names.add(name);
  }
  const baseFields = new Set(Object.keys(runtime.BASE_FIELDS));
  const members = { reserved: new Set([...names].filter((name) => !baseFields.has(name))), baseFields };
  loaded.set(source, members);
  return members;
}

/**
 * Bundles a TypeScript module with its relative imports and runs it in this process. Package
 * imports (`@jss/error-codes`, generated and perhaps not built yet) read as empty modules: the
 * class's members do not depend on their values.
 */
function runModule(path: string): Record<string, unknown> {
  let code: string;
  try {
    const built = buildSync({ entryPoints: [path], bundle: true, packages: 'external', format: 'cjs', write: false });
    code = built.outputFiles[0]?.text ?? '';
  } catch (cause) {
    throw new Error(`cannot compile ${path} to read JssError's members`, { cause });
  }
  const module = { exports: {} as Record<string, unknown> };
  const run = runInThisContext(`(function (require, module, exports) {${code}\n})`, { filename: path });
  run(() => ({}), module, module.exports);
  return module.exports;
}
