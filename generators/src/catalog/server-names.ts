import { helperNameOf, RESERVED_HELPER_NAMES, RESPONSE_OPTIONS } from '../emitters/server/helper-name.js';
import type { PathProblem } from './schema-check.js';
import type { CatalogPath } from './yaml-source.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Names @jss/errors-server derives from the catalog: a per-code helper (`noSuchBucketResponse`)
 * whose options are the error's placeholders plus the response options. Refused here, with the
 * entry's location, rather than discovered by the emitter or the compiler.
 */
export function checkServerNames(data: unknown): PathProblem[] {
  if (!isObj(data) || !Array.isArray(data.errors)) return [];
  const problems: PathProblem[] = [];
  data.errors.forEach((entry: unknown, i: number) => {
    if (!isObj(entry)) return;
    const base: CatalogPath = ['errors', i];
    if (typeof entry.code === 'string' && RESERVED_HELPER_NAMES.has(helperNameOf(entry.code))) {
      problems.push({
        path: [...base, 'code'],
        target: 'value',
        message: `code "${entry.code}" derives the server helper ${helperNameOf(entry.code)}, which @jss/errors-server already exports`,
      });
    }
    if (!isObj(entry.params)) return;
    for (const name of Object.keys(entry.params)) {
      if (RESPONSE_OPTIONS.has(name)) {
        problems.push({
          path: [...base, 'params', name],
          target: 'key',
          message: `param "${name}" clashes with the server helpers' response option "${name}"; choose another name`,
        });
      }
    }
  });
  return problems;
}
