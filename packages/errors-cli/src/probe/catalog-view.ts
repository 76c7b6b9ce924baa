import { bodilessCodeFor, errorInfo, type JssErrorCodeName, resolveJssErrorCode } from '@jss/error-codes';
import type { CatalogView } from './compare.js';

/** The published catalog, as `jss-errors probe` compares a report with it. */
export const errorCodesView: CatalogView = {
  codeOf: (received) => resolveJssErrorCode(received),
  bodilessCodeOf: (status, operation) => bodilessCodeFor(status, operation),
  factsOf(code) {
    const info = errorInfo[code as JssErrorCodeName];
    const wire = Object.values(info.wire);
    return {
      statuses: info.statuses,
      messages: [info.message, ...Object.values(info.variants as Record<string, string>)],
      elements: wire.flatMap((w) => (w.element === undefined ? [] : [w.element])),
      headers: wire.flatMap((w) => (w.header === undefined ? [] : [w.header])),
    };
  },
};
