import { StructureKind, type FunctionDeclarationStructure } from 'ts-morph';
import type { CatalogModel, ErrorModel } from '../../model/types.js';
import { jsDoc, printModule } from '../../ts/print.js';
import { createShapePrinter } from '../../ts/shape-printer.js';
import { helperNameOf } from './helper-name.js';

/** One function per code: the error made and turned into a response in one call. */
export function responsesModule(model: CatalogModel): string {
  const imports = model.errors.flatMap((e) => [e.className, `type ${e.optionsTypeName}`]);
  return printModule([
    [
      `import {\n${imports.map((n) => `  ${n},`).join('\n')}\n} from '@jss/errors';`,
      `import type { JssErrorHelperOptions } from '../helper-options.js';`,
      `import { toErrorResponse } from '../to-error-response.js';`,
      `import type { JssErrorResponse } from '../types.js';`,
    ].join('\n'),
    ...model.errors.map(helperFunction),
  ]);
}

/** The helper of one code; printed once by ts-morph, filled in per code. */
const printHelper = createShapePrinter<'name' | 'options' | 'status' | 'className'>(
  (slot): FunctionDeclarationStructure => ({
    kind: StructureKind.Function,
    name: slot.name,
    isExported: true,
    parameters: [{ name: 'options', type: `JssErrorHelperOptions<${slot.options}>`, initializer: '{}' }],
    returnType: `JssErrorResponse<${slot.status}>`,
    statements: [
      `return toErrorResponse(new ${slot.className}(options), options) as JssErrorResponse<${slot.status}>;`,
    ],
  }),
);

function helperFunction(e: ErrorModel): string {
  const status = String(e.httpStatus);
  const variants = e.variants.map((v) => `- \`variant: '${v.id}'\`: ${v.message}`);
  const doc = [
    `Answers \`${e.code}\` (HTTP ${status}): ${e.message}`,
    ...(variants.length ? ['', 'Variants:', ...variants] : []),
    '',
    `@example ${helperNameOf(e.code)}({ resource: '/bucket/key', method: req.method, accept: req.headers.accept })`,
  ].join('\n');
  return `${jsDoc(doc)}\n${printHelper('helper', { name: helperNameOf(e.code), options: e.optionsTypeName, status, className: e.className })}`;
}
