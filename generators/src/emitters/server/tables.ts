import type { CatalogModel } from '../../model/types.js';
import { constStatement, objectBlock, printModule, propertyKey } from '../../ts/print.js';

/** The catalog's per-code data a server needs, as small tables a bundler keeps only when used. */
export function tablesModule(model: CatalogModel): string {
  const withRetryAfter = model.errors.filter((e) => e.retryAfter !== undefined);
  return printModule([
    `import type { JssErrorCodeName } from '@jss/error-codes';`,
    constStatement({
      doc: 'The HTTP status JSS answers each code with (non-standard ones such as 567 included).',
      name: 'jssErrorStatus',
      value: `${objectBlock(model.errors.map((e) => `${propertyKey(e.code)}: ${e.httpStatus}`))} as const satisfies Record<JssErrorCodeName, number>`,
    }),
    constStatement({
      doc: '`Retry-After`, in seconds, for the codes the catalog gives one; every response of such a code carries it.',
      name: 'jssRetryAfter',
      value: `${objectBlock(withRetryAfter.map((e) => `${propertyKey(e.code)}: ${e.retryAfter}`))} as const satisfies Partial<Record<JssErrorCodeName, number>>`,
    }),
  ]);
}
