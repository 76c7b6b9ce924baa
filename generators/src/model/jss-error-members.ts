import { join } from 'node:path';
import { packagesDir, runtimeModule } from './runtime-module.js';

/** The runtime class every generated class extends. */
export const jssErrorSource = join(packagesDir, 'errors', 'src', 'jss-error.ts');

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
  const runtime = runtimeModule(source) as {
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
