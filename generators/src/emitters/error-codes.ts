import { StructureKind } from 'ts-morph';
import { withHeader } from '../output/header.js';
import type { Emitter, GeneratedFile } from '../output/generated-file.js';
import type { CatalogModel, ErrorModel } from '../model/types.js';
import {
  arrayBlock,
  constStatement,
  docText,
  literal,
  objectBlock,
  printModule,
  propertyKey,
  unionTypeAlias,
} from '../ts/print.js';
import { createShapePrinter, printWithMembers } from '../ts/shape-printer.js';
import { inlineObject, variantMessagesLiteral, wireFactFields } from './wire-facts.js';

const SRC = 'packages/error-codes/src/generated';
const CATALOG = 'packages/error-codes/catalog';

/** @jss/error-codes: the enum, the union, per-code metadata, and the catalog itself. */
export const errorCodesEmitter: Emitter = {
  name: 'error-codes',
  ownedDirs: [SRC, CATALOG],
  emit(model) {
    const ts = (path: string, body: string): GeneratedFile => ({
      path: `${SRC}/${path}`,
      content: withHeader('ts', model.catalogFile, body),
    });
    return [
      ts('codes.ts', codesModule(model)),
      ts('info.ts', infoModule(model)),
      ts('status-defaults.ts', statusDefaultsModule(model)),
      ts('lookup.ts', lookupModule(model)),
      { path: `${CATALOG}/errors.yaml`, content: withHeader('yaml', model.catalogFile, model.catalogText) },
      { path: `${CATALOG}/schema.json`, content: model.schemaText },
      { path: `${CATALOG}/errors.json`, content: `${JSON.stringify(catalogJson(model), null, 2)}\n` },
    ];
  },
};

function codesModule(model: CatalogModel): string {
  return printModule([
    printWithMembers(
      (members) => ({
        kind: StructureKind.Enum,
        name: 'JssErrorCode',
        isExported: true,
        docs: ['Every JSS error code. Member names and values are the wire codes, verbatim.'],
        members: [{ name: members }],
      }),
      model.errors.map((e) => `${printEnumMember('member', { name: e.code, doc: summary(e) })},`),
    ),
    unionTypeAlias(
      { name: 'JssErrorCodeName', isExported: true, docs: ['A JSS error code as a string literal type.'] },
      model.errors.map((e) => literal(e.code)),
    ),
    constStatement({
      doc: 'All codes, in catalog order.',
      name: 'JSS_ERROR_CODES',
      type: 'readonly JssErrorCodeName[]',
      value: arrayBlock(model.errors.map((e) => literal(e.code))),
    }),
  ]);
}

/** One enum member; codes are identifiers, so the name is also the string value. */
const printEnumMember = createShapePrinter<'name' | 'doc'>((slot) => ({
  kind: StructureKind.EnumMember,
  name: slot.name,
  initializer: `'${slot.name}'`,
  docs: [slot.doc],
}));

function infoModule(model: CatalogModel): string {
  return printModule([
    `import type { JssErrorInfo } from '../types.js';\nimport type { JssErrorCodeName } from './codes.js';`,
    constStatement({
      doc: 'What the catalog says about each code: status, wire message, fault, retry advice, variants.',
      name: 'errorInfo',
      value: `${objectBlock(model.errors.map((e) => `${propertyKey(e.code)}: ${infoLiteral(e)}`))} as const satisfies Record<JssErrorCodeName, JssErrorInfo>`,
    }),
  ]);
}

function infoLiteral(e: ErrorModel): string {
  const fields = [
    ...wireFactFields(e),
    `variants: ${variantMessagesLiteral(e)}`,
    `params: ${inlineObject(e.params.map((p) => `${propertyKey(p.name)}: ${literal(p.type)}`))}`,
    `aws: ${e.aws ? `{ code: ${literal(e.aws.code)}, httpStatus: ${e.aws.httpStatus} }` : 'null'}`,
  ];
  return inlineObject(fields);
}

function statusDefaultsModule(model: CatalogModel): string {
  return printModule([
    `import type { JssErrorCodeName } from './codes.js';`,
    unionTypeAlias(
      { name: 'JssHttpStatus', isExported: true, docs: ['Every HTTP status a JSS error is sent with.'] },
      model.statuses.map(String),
    ),
    constStatement({
      doc: 'Every HTTP status a JSS error is sent with, ascending.',
      name: 'JSS_HTTP_STATUSES',
      type: 'readonly JssHttpStatus[]',
      value: `[${model.statuses.join(', ')}]`,
    }),
    constStatement({
      doc: 'The code a client assumes when a response of a status has no body (HEAD, proxies).',
      name: 'codeForStatus',
      value: `{\n${model.statusDefaults.map((d) => `  /** ${docText(d.note)} */\n  ${d.httpStatus}: ${literal(d.code)},`).join('\n')}\n} as const satisfies Record<JssHttpStatus, JssErrorCodeName>`,
    }),
  ]);
}

function lookupModule(model: CatalogModel): string {
  const keys = [
    ...model.errors.map((e) => [e.code.toLowerCase(), e.code] as const),
    ...model.aliases.map((a) => [a.alias.toLowerCase(), a.code] as const),
  ];
  return printModule([
    `import type { JssErrorCodeName } from './codes.js';`,
    constStatement({
      doc: 'Lower-cased code or alias → catalog code, for matching received codes case-insensitively.',
      name: 'codeIndex',
      type: 'Readonly<Record<string, JssErrorCodeName>>',
      value: objectBlock(keys.map(([k, v]) => `${propertyKey(k)}: ${literal(v)}`)),
    }),
  ]);
}

/** The catalog as plain JSON for bindings in other languages: the model, names derived. */
function catalogJson(model: CatalogModel) {
  return {
    $comment: `Generated from ${model.catalogFile} by @jss/generators; do not edit.`,
    locales: model.locales,
    statusDefaults: model.statusDefaults,
    errors: model.errors,
  };
}

function summary(e: ErrorModel): string {
  return docText(`${e.httpStatus}: ${e.message}`.replace(/\s+/g, ' '));
}
