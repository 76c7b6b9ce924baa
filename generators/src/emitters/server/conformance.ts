import type { CatalogModel, ErrorModel } from '../../model/types.js';
import { render } from '../../text/handlebars.js';
import { arrayBlock, literal } from '../../ts/print.js';
import { helperNameOf } from './helper-name.js';

/**
 * The per-code conformance test: one case per code and per variant, each with the catalog's
 * expectations as literals and a function that answers it through the code's helper.
 */
export function conformanceTest(model: CatalogModel): string {
  const cases = model.errors.flatMap((e) => [
    caseLiteral(e, null, e.message),
    ...e.variants.map((v) => caseLiteral(e, v.id, v.message)),
  ]);
  return render('server-conformance.test.ts.hbs', {
    helpers: model.errors.map((e) => `  ${helperNameOf(e.code)},`).join('\n'),
    cases: arrayBlock(cases),
  });
}

function caseLiteral(e: ErrorModel, variant: string | null, message: string): string {
  const answer =
    variant === null
      ? helperNameOf(e.code)
      : `(request) => ${helperNameOf(e.code)}({ ...request, variant: ${literal(variant)} })`;
  const fields = [
    `code: ${literal(e.code)}`,
    `variant: ${variant === null ? 'null' : literal(variant)}`,
    `status: ${e.httpStatus}`,
    `message: ${literal(message)}`,
    `retryAfter: ${e.retryAfter === undefined ? 'null' : String(e.retryAfter)}`,
    `answer: ${answer}`,
  ];
  return `{ ${fields.join(', ')} }`;
}
