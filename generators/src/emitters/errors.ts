import { StructureKind, type ClassDeclarationStructure, type InterfaceDeclarationStructure, type TypeAliasDeclarationStructure } from 'ts-morph';
import { withHeader } from '../output/header.js';
import type { Emitter } from '../output/generated-file.js';
import type { CatalogModel, ErrorModel, ParamModel } from '../model/types.js';
import { constStatement, docText, literal, objectBlock, printModule, propertyKey } from '../ts/print.js';

const SRC = 'packages/errors/src/generated';

/** @jss/errors: one class per code on the JssError base, and the code → class registry. */
export const errorsEmitter: Emitter = {
  name: 'errors',
  ownedDirs: [SRC],
  emit(model) {
    return [
      { path: `${SRC}/classes.ts`, content: withHeader('ts', model.catalogFile, classesModule(model)) },
      { path: `${SRC}/registry.ts`, content: withHeader('ts', model.catalogFile, registryModule(model)) },
    ];
  },
};

function classesModule(model: CatalogModel): string {
  return printModule([
    `import { JssError, type JssErrorOptions, type JssErrorSpec } from '../jss-error.js';`,
    ...model.errors.flatMap((e) => [specConst(e), optionsInterface(e), errorClass(e)]),
  ]);
}

const specName = (e: ErrorModel) => `${e.code}Spec`;

/** The catalog's facts for one class, as a module constant a bundler drops when unused. */
function specConst(e: ErrorModel): string {
  const fields = [
    `code: ${literal(e.code)}`,
    `name: ${literal(e.className)}`,
    `httpStatus: ${e.httpStatus}`,
    `message: ${literal(e.message)}`,
    `fault: ${literal(e.fault)}`,
    `retryable: ${e.retryable}`,
    `throttling: ${e.throttling}`,
    ...(e.retryAfter === undefined ? [] : [`retryAfter: ${e.retryAfter}`]),
    ...(e.variants.length === 0 ? [] : [`variants: { ${e.variants.map((v) => `${propertyKey(v.id)}: ${literal(v.message)}`).join(', ')} }`]),
    ...(e.params.length === 0 ? [] : [`params: [${e.params.map((p) => literal(p.name)).join(', ')}]`]),
  ];
  return constStatement({
    doc: `The catalog's facts about ${e.code}.`,
    name: specName(e),
    type: `JssErrorSpec<${literal(e.code)}>`,
    value: `{ ${fields.join(', ')} }`,
    exported: false,
  });
}

function variantType(e: ErrorModel): string {
  return e.variants.length === 0 ? 'never' : e.variants.map((v) => literal(v.id)).join(' | ');
}

function paramType(p: ParamModel): string {
  return p.type === 'integer' ? 'number' : 'string';
}

/** Placeholders named like a base field (resource, requestId) are the base field itself. */
const ownParams = (e: ErrorModel) => e.params.filter((p) => p.name !== 'resource' && p.name !== 'requestId');

function optionsInterface(e: ErrorModel): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  const docs = [`Options of {@link ${e.className}}.`];
  const base = `JssErrorOptions<${variantType(e)}>`;
  if (ownParams(e).length === 0) {
    return { kind: StructureKind.TypeAlias, name: e.optionsTypeName, isExported: true, docs, type: base };
  }
  return {
    kind: StructureKind.Interface,
    name: e.optionsTypeName,
    isExported: true,
    docs,
    extends: [base],
    properties: ownParams(e).map((p) => ({ name: p.name, type: paramType(p), hasQuestionToken: true, isReadonly: true, docs: [docText(p.description)] })),
  };
}

function errorClass(e: ErrorModel): ClassDeclarationStructure {
  const variants = e.variants.map((v) => `- \`${v.id}\`: ${v.message}`);
  return {
    kind: StructureKind.Class,
    name: e.className,
    isExported: true,
    extends: `JssError<${literal(e.code)}>`,
    docs: [
      docText(
        [`\`${e.code}\` (HTTP ${e.httpStatus}): ${e.message}`, '', e.text[Object.keys(e.text)[0]!]!, ...(variants.length ? ['', 'Variants:', ...variants] : [])].join('\n'),
      ),
    ],
    properties: ownParams(e).map((p) => ({ name: p.name, type: `${paramType(p)} | undefined`, hasDeclareKeyword: true, isReadonly: true, docs: [docText(p.description)] })),
    getAccessors: [
      { name: 'code', isStatic: true, returnType: literal(e.code), statements: [`return ${literal(e.code)};`] },
    ],
    ctors: [
      {
        parameters: [{ name: 'options', type: e.optionsTypeName, initializer: '{}' }],
        statements: [`super(${specName(e)}, options);`],
      },
    ],
  };
}

function registryModule(model: CatalogModel): string {
  const imports = model.errors.flatMap((e) => [e.className, `type ${e.optionsTypeName}`]);
  return printModule([
    `import {\n${imports.map((n) => `  ${n},`).join('\n')}\n} from './classes.js';`,
    {
      kind: StructureKind.Interface,
      name: 'JssErrorClassMap',
      isExported: true,
      docs: ['The class of each code.'],
      properties: model.errors.map((e) => ({ name: propertyKey(e.code), type: e.className })),
    },
    {
      kind: StructureKind.Interface,
      name: 'JssErrorOptionsMap',
      isExported: true,
      docs: ['The constructor options of each code.'],
      properties: model.errors.map((e) => ({ name: propertyKey(e.code), type: e.optionsTypeName })),
    },
    constStatement({
      doc: 'Code → class. Importing this pulls in every class; import a class by name to get one.',
      name: 'errorClasses',
      type: '{ readonly [C in keyof JssErrorClassMap]: new (options?: JssErrorOptionsMap[C]) => JssErrorClassMap[C] }',
      value: objectBlock(model.errors.map((e) => `${propertyKey(e.code)}: ${e.className}`)),
    }),
  ]);
}
