import { StructureKind } from 'ts-morph';
import { withHeader } from '../output/header.js';
import type { Emitter } from '../output/generated-file.js';
import type { CatalogModel, ErrorModel, ParamModel } from '../model/types.js';
import { constStatement, docText, jsDoc, literal, objectBlock, printModule, propertyKey } from '../ts/print.js';
import { createShapePrinter, printWithMembers } from '../ts/shape-printer.js';
import { variantMessagesLiteral, wireFactFields } from './wire-facts.js';

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
    ...model.errors.flatMap((e) => [specConst(e), optionsType(e), errorClass(e)]),
  ]);
}

const specName = (e: ErrorModel) => `${e.code}Spec`;

/** The catalog's facts for one class, as a module constant a bundler drops when unused. */
function specConst(e: ErrorModel): string {
  const fields = [
    `code: ${literal(e.code)}`,
    `name: ${literal(e.className)}`,
    ...wireFactFields(e),
    ...(e.variants.length === 0 ? [] : [`variants: ${variantMessagesLiteral(e)}`]),
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

const variantType = (e: ErrorModel) =>
  e.variants.length === 0 ? 'never' : e.variants.map((v) => literal(v.id)).join(' | ');
const paramType = (p: ParamModel) => (p.type === 'integer' ? 'number' : 'string');
/** Placeholders named like a base field (resource, requestId) are the base field itself. */
const ownParams = (e: ErrorModel) => e.params.filter((p) => p.name !== 'resource' && p.name !== 'requestId');
/** Slot values for the placeholder fields of a shape with `n` fields. */
function paramSlots(e: ErrorModel, optional: boolean): Record<string, string> {
  const slots: Record<string, string> = {};
  ownParams(e).forEach((p, i) => {
    slots[`p${i}name`] = p.name;
    slots[`p${i}type`] = optional ? paramType(p) : `${paramType(p)} | undefined`;
    slots[`p${i}doc`] = docText(p.description.replace(/\s+/g, ' '));
  });
  return slots;
}
const fieldCount = (shape: string) => Number(shape);

/** The readonly placeholder fields of a shape, as slots: in the options type and on the class. */
function fieldSlots(slot: Readonly<Record<string, string>>, shape: string) {
  return Array.from({ length: fieldCount(shape) }, (_, i) => ({
    name: slot[`p${i}name`]!,
    type: slot[`p${i}type`]!,
    isReadonly: true,
    docs: [slot[`p${i}doc`]!],
  }));
}

/** `type XOptions = JssErrorOptions<…>`, or an interface adding the placeholder fields. */
const printOptionsType = createShapePrinter<string>((slot, shape) =>
  fieldCount(shape) === 0
    ? {
        kind: StructureKind.TypeAlias,
        name: slot.name!,
        isExported: true,
        docs: [slot.doc!],
        type: `JssErrorOptions<${slot.variants!}>`,
      }
    : {
        kind: StructureKind.Interface,
        name: slot.name!,
        isExported: true,
        docs: [slot.doc!],
        extends: [`JssErrorOptions<${slot.variants!}>`],
        properties: fieldSlots(slot, shape).map((field) => ({ ...field, hasQuestionToken: true })),
      },
);

function optionsType(e: ErrorModel): string {
  return printOptionsType(String(ownParams(e).length), {
    name: e.optionsTypeName,
    doc: `Options of {@link ${e.className}}.`,
    variants: variantType(e),
    ...paramSlots(e, true),
  });
}

/** The class of a code: its literal code, typed placeholder fields, and the spec it passes up. */
const printClass = createShapePrinter<string>((slot, shape) => ({
  kind: StructureKind.Class,
  name: slot.className!,
  isExported: true,
  extends: `JssError<${slot.code!}>`,
  properties: fieldSlots(slot, shape).map((field) => ({ ...field, hasDeclareKeyword: true })),
  getAccessors: [{ name: 'code', isStatic: true, returnType: slot.code!, statements: [`return ${slot.code!};`] }],
  // No `= {}` default: the base class shares one empty options object, saving an allocation.
  ctors: [
    {
      parameters: [{ name: 'options', type: slot.options!, hasQuestionToken: true }],
      statements: [`super(${slot.spec!}, options);`],
    },
  ],
}));

function errorClass(e: ErrorModel): string {
  const variants = e.variants.map((v) => `- \`${v.id}\`: ${v.message}`);
  const doc = [
    `\`${e.code}\` (HTTP ${e.httpStatus}): ${e.message}`,
    '',
    e.text[Object.keys(e.text)[0]!]!,
    ...(variants.length ? ['', 'Variants:', ...variants] : []),
  ];
  const text = printClass(String(ownParams(e).length), {
    className: e.className,
    code: literal(e.code),
    options: e.optionsTypeName,
    spec: specName(e),
    ...paramSlots(e, false),
  });
  return `${jsDoc(doc.join('\n'))}\n${text}`;
}

function registryModule(model: CatalogModel): string {
  const imports = model.errors.flatMap((e) => [e.className, `type ${e.optionsTypeName}`]);
  const mapInterface = (name: string, doc: string, type: (e: ErrorModel) => string) =>
    printWithMembers(
      (members) => ({
        kind: StructureKind.Interface,
        name,
        isExported: true,
        docs: [doc],
        properties: [{ name: members, type: 'never' }],
      }),
      model.errors.map((e) => `${propertyKey(e.code)}: ${type(e)};`),
    );
  return printModule([
    `import {\n${imports.map((n) => `  ${n},`).join('\n')}\n} from './classes.js';`,
    mapInterface('JssErrorClassMap', 'The class of each code.', (e) => e.className),
    mapInterface('JssErrorOptionsMap', 'The constructor options of each code.', (e) => e.optionsTypeName),
    constStatement({
      doc: 'Code → class. Importing this pulls in every class; import a class by name to get one.',
      name: 'errorClasses',
      type: '{ readonly [C in keyof JssErrorClassMap]: new (options?: JssErrorOptionsMap[C]) => JssErrorClassMap[C] }',
      value: objectBlock(model.errors.map((e) => `${propertyKey(e.code)}: ${e.className}`)),
    }),
  ]);
}
