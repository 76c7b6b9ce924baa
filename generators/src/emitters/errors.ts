import type { CatalogModel, ErrorModel, ParamModel } from '../model/types.js';
import type { Emitter } from '../output/generated-file.js';
import { array, block, type Code, doc, id, key, lit, ts, union } from '../ts/code.js';
import { deprecatedTag } from './deprecation.js';
import { paramSummary } from './param-wire.js';
import { docUrlOf } from './doc-url.js';
import { tsFile } from './ts-file.js';
import { paramWires, variantMessages, wireFacts } from './wire-facts.js';

const SRC = 'packages/errors/src/generated';

/** @jss/errors: one class per code on the JssError base, and the code → class registry. */
export const errorsEmitter: Emitter = {
  name: 'errors',
  ownedDirs: [SRC],
  emit(model) {
    return [
      tsFile(model, `${SRC}/classes.ts`, classesModule(model)),
      tsFile(model, `${SRC}/registry.ts`, registryModule(model)),
    ];
  },
};

function classesModule(model: CatalogModel): Code[] {
  return [
    ts`import { JssError, type JssErrorOptions, type JssErrorSpec } from '../jss-error.js';`,
    ...model.errors.flatMap((e) => [specConst(e), optionsType(model, e), errorClass(model, e)]),
    map(model, 'JssErrorOptionsMap', 'The constructor options of each code.', (e) => id(e.optionsTypeName)),
  ];
}

/** The catalog's facts for one class, as a module constant a bundler drops when unused. */
function specConst(e: ErrorModel): Code {
  const members = [
    ts`code: ${lit(e.code)}`,
    ts`name: ${lit(e.className)}`,
    ...wireFacts(e),
    ...(e.variants.length === 0 ? [] : [ts`variants: ${variantMessages(e)}`]),
    ...(e.params.length === 0 ? [] : [ts`params: ${array(e.params.map((p) => lit(p.name)))}`]),
    ...(e.params.some((p) => p.wire !== undefined) ? [ts`wire: ${paramWires(e)}`] : []),
  ];
  return ts`${doc(`The catalog's facts about ${e.code}.`)}
const ${id(e.specName)}: JssErrorSpec<${lit(e.code)}> = ${block(members)};`;
}

const variantType = (e: ErrorModel) => union(e.variants.map((v) => lit(v.id)));

/** A placeholder field: on the options it is optional, on the class it may be absent. */
function field(model: CatalogModel, p: ParamModel, where: 'options' | 'class'): Code {
  const description = doc(paramSummary(p, model.locales.source));
  return where === 'options'
    ? ts`${description}
readonly ${key(p.name)}?: ${id(p.tsType)}`
    : ts`${description}
declare readonly ${key(p.name)}: ${id(p.tsType)} | undefined`;
}

/** The `@deprecated` tag of a deprecated code, linking the replacement's class. */
const deprecation = (model: CatalogModel, e: ErrorModel) =>
  deprecatedTag(e.deprecated, model.locales.source, (c) => model.errors.find((x) => x.code === c)!.className);

/**
 * `type XOptions = JssErrorOptions<…>`, or an interface adding the placeholder fields. Not
 * exported: the public name of a code's options is `JssErrorOptionsMap[code]`, one for all.
 */
function optionsType(model: CatalogModel, e: ErrorModel): Code {
  const summary = doc(`Options of {@link ${e.className}}.`, ...deprecation(model, e));
  if (e.fieldParams.length === 0)
    return ts`${summary}
type ${id(e.optionsTypeName)} = JssErrorOptions<${variantType(e)}>;`;
  return ts`${summary}
interface ${id(e.optionsTypeName)} extends JssErrorOptions<${variantType(e)}> ${block(
    e.fieldParams.map((p) => field(model, p, 'options')),
    ';',
  )}`;
}

/** The class of a code: its literal code, typed placeholder fields, and the spec it passes up. */
function errorClass(model: CatalogModel, e: ErrorModel): Code {
  const variants = e.variants.map(
    (v) => `- \`${v.id}\`: ${v.message}${v.deprecated ? ` (deprecated since ${v.deprecated.since})` : ''}`,
  );
  // The link makes an editor's hover open the code's page.
  const summary = doc(
    `\`${e.code}\` (HTTP ${e.httpStatus}): ${e.message}`,
    '',
    e.sourceText,
    ...(variants.length ? ['', 'Variants:', ...variants] : []),
    ...deprecation(model, e),
    '',
    `@see {@link ${docUrlOf(model, e)}}`,
  );
  const code = lit(e.code);
  // No `= {}` default: the base class shares one empty options object, saving an allocation.
  const members = [
    ...e.fieldParams.map((p) => ts`${field(model, p, 'class')};`),
    ts`constructor(options?: ${id(e.optionsTypeName)}) {
  super(${id(e.specName)}, options);
}`,
    ts`static override get code(): ${code} {
  return ${code};
}`,
  ];
  return ts`${summary}
export class ${id(e.className)} extends JssError<${code}> ${block(members, '', true)}`;
}

/** A code-keyed interface, one member per code. */
const map = (model: CatalogModel, name: string, summary: string, type: (e: ErrorModel) => Code) =>
  ts`${doc(summary)}
export interface ${id(name)} ${block(
    model.errors.map((e) => ts`${memberDoc(model, e)}${key(e.code)}: ${type(e)}`),
    ';',
  )}`;

function registryModule(model: CatalogModel): Code[] {
  const imports = [...model.errors.map((e) => id(e.className)), ts`type JssErrorOptionsMap`];
  return [
    ts`import ${block(imports)} from './classes.js';`,
    map(model, 'JssErrorClassMap', 'The class of each code.', (e) => id(e.className)),
    ts`type ClassOf<C extends keyof JssErrorClassMap> = new (options?: JssErrorOptionsMap[C]) => JssErrorClassMap[C];`,
    ts`${doc('Code → class. Importing this pulls in every class; import a class by name to get one.')}
export const errorClasses: { readonly [C in keyof JssErrorClassMap]: ClassOf<C> } = ${block(model.errors.map((e) => ts`${memberDoc(model, e)}${key(e.code)}: ${id(e.className)}`))};`,
  ];
}

/** A deprecated code's registry members carry the tag, so `errorClasses.Code` is struck through. */
function memberDoc(model: CatalogModel, e: ErrorModel): Code {
  const tag = deprecation(model, e);
  return tag.length === 0
    ? ts``
    : ts`${doc(...tag)}
`;
}
