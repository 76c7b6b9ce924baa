import type { CatalogModel, ErrorModel, SourcesModel } from '../model/types.js';
import type { Emitter } from '../output/generated-file.js';
import { withHeader } from '../output/header.js';
import { array, block, doc, id, key, lit, ts, union } from '../ts/code.js';
import { deprecatedTag, deprecationLiteral } from './deprecation.js';
import { retiredModule } from './retired-codes.js';
import { docUrlOf } from './doc-url.js';
import { tsFile } from './ts-file.js';
import { paramWires, variantMessages, wireFacts } from './wire-facts.js';

const SRC = 'packages/error-codes/src/generated';
const CATALOG = 'packages/error-codes/catalog';

/** @jss/error-codes: the enum, the union, per-code metadata, and the catalog itself. */
export const errorCodesEmitter: Emitter = {
  name: 'error-codes',
  ownedDirs: [SRC, CATALOG],
  emit(model) {
    return [
      tsFile(model, `${SRC}/codes.ts`, codesModule(model)),
      tsFile(model, `${SRC}/info.ts`, infoModule(model)),
      tsFile(model, `${SRC}/status-defaults.ts`, statusDefaultsModule(model)),
      tsFile(model, `${SRC}/lookup.ts`, lookupModule(model)),
      tsFile(model, `${SRC}/retired.ts`, retiredModule(model)),
      tsFile(model, `${SRC}/reference.ts`, referenceModule(model)),
      { path: `${CATALOG}/errors.yaml`, content: withHeader('yaml', model.catalogFile, model.catalogText) },
      { path: `${CATALOG}/schema.json`, content: model.schemaText },
      { path: `${CATALOG}/errors.json`, content: `${JSON.stringify(catalogJson(model), null, 2)}\n` },
    ];
  },
};

function codesModule(model: CatalogModel) {
  const codes = model.errors.map((e) => lit(e.code));
  return [
    ts`${doc('Every JSS error code. Member names and values are the wire codes, verbatim.')}
export enum JssErrorCode ${block(
      model.errors.map(
        (
          e,
        ) => ts`${doc(summary(e), ...deprecatedTag(e.deprecated, model.locales.source, (c) => `JssErrorCode.${c}`), `@see {@link ${docUrlOf(model, e)}}`)}
${id(e.code)} = ${lit(e.code)}`,
      ),
    )}`,
    ts`${doc('A JSS error code as a string literal type.')}
export type JssErrorCodeName = ${union(codes)};`,
    ts`${doc('All codes, in catalog order.')}
export const jssErrorCodes: readonly JssErrorCodeName[] = ${array(codes)};`,
  ];
}

function infoModule(model: CatalogModel) {
  return [
    ts`import type { JssErrorInfo } from '../types.js';
import type { JssErrorCodeName } from './codes.js';`,
    // A bare `as const` and the check a statement of its own (here and in the other literal tables):
    // isolated declarations, which the packages' build emits, infer a literal's type only from `as const`.
    ts`${doc('What the catalog says about each code: status, wire message, fault, retry advice, variants.')}
export const errorInfo = ${block(model.errors.map((e) => ts`${infoDoc(model, e)}${key(e.code)}: ${infoLiteral(model, e)}`))} as const;
errorInfo satisfies Record<JssErrorCodeName, JssErrorInfo>;`,
  ];
}

/** A deprecated code's member carries the tag too, so `errorInfo.Code` is struck through. */
function infoDoc(model: CatalogModel, e: ErrorModel) {
  const tag = deprecatedTag(e.deprecated, model.locales.source, (c) => `errorInfo.${c}`);
  return tag.length === 0
    ? ts``
    : ts`${doc(...tag)}
`;
}

function infoLiteral(model: CatalogModel, e: ErrorModel) {
  const source = model.locales.source;
  const deprecatedVariants = e.variants.flatMap((v) =>
    v.deprecated ? [ts`${key(v.id)}: ${deprecationLiteral(v.deprecated, source)}`] : [],
  );
  const [sent, ...rest] = wireFacts(e);
  return block([
    sent!,
    ts`statuses: ${array(e.statuses)}`,
    ...rest,
    ts`variants: ${variantMessages(e)}`,
    ts`params: ${block(e.params.map((p) => ts`${key(p.name)}: ${lit(p.type)}`))}`,
    ts`wire: ${paramWires(e)}`,
    ...(Object.keys(e.constraints).length === 0 ? [] : [ts`constraints: ${constraintsLiteral(e)}`]),
    ts`aws: ${e.aws ? block([ts`code: ${lit(e.aws.code)}`, ts`httpStatus: ${e.aws.httpStatus}`]) : ts`null`}`,
    ...(e.deprecated ? [ts`deprecated: ${deprecationLiteral(e.deprecated, source)}`] : []),
    ...(deprecatedVariants.length > 0 ? [ts`deprecatedVariants: ${block(deprecatedVariants)}`] : []),
  ]);
}

/** `{ bucket: { minLength: 3, maxLength: 63, pattern: '^…$' } }`: the code's rules on request values. */
function constraintsLiteral(e: ErrorModel) {
  return block(
    Object.entries(e.constraints).map(
      ([name, rule]) =>
        ts`${key(name)}: ${block([
          ...(rule.minLength === undefined ? [] : [ts`minLength: ${rule.minLength}`]),
          ...(rule.maxLength === undefined ? [] : [ts`maxLength: ${rule.maxLength}`]),
          ...(rule.pattern === undefined ? [] : [ts`pattern: ${lit(rule.pattern)}`]),
        ])}`,
    ),
  );
}

function statusDefaultsModule(model: CatalogModel) {
  return [
    ts`import type { JssErrorCodeName } from './codes.js';`,
    ts`${doc('Every HTTP status a JSS error is sent with.')}
export type JssHttpStatus = ${union(model.statuses)};`,
    ts`${doc('Every HTTP status a JSS error is sent with, ascending.')}
export const jssHttpStatuses: readonly JssHttpStatus[] = ${array(model.statuses)};`,
    ts`${doc('The code a client assumes when a response of a status has no body (HEAD, proxies).')}
export const codeForStatus = ${block(
      model.statusDefaults.map(
        (d) => ts`${doc(d.note[model.locales.source]!)}
${d.httpStatus}: ${lit(d.code)}`,
      ),
    )} as const;
codeForStatus satisfies Record<JssHttpStatus, JssErrorCodeName>;`,
    ts`${doc(
      'Per S3 operation (as the AWS SDK names commands, without `Command`), the code a bodiless response of a status',
      'means where the operation tells more than the status: HEAD Bucket 404 is NoSuchBucket, not NoSuchKey.',
    )}
export const codeForOperationStatus: Readonly<
  Record<string, Readonly<Partial<Record<JssHttpStatus, JssErrorCodeName>>>>
> = ${block(operationDefaults(model).map(([op, byStatus]) => ts`${key(op)}: ${block(byStatus.map(([status, code]) => ts`${status}: ${lit(code)}`))}`))};`,
  ];
}

/** Operation → [status, code] pairs, operations and statuses ascending. */
function operationDefaults(model: CatalogModel): [string, [number, string][]][] {
  const byOperation = new Map<string, [number, string][]>();
  for (const d of model.statusDefaults) {
    for (const o of d.operations)
      byOperation.set(o.operation, [...(byOperation.get(o.operation) ?? []), [d.httpStatus, o.code]]);
  }
  return [...byOperation].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function referenceModule(model: CatalogModel) {
  return [
    ts`${doc('Where the error reference is published: the page of a code is this plus its `docPath`.')}
export const JSS_REFERENCE_BASE_URL = ${lit(model.reference.baseUrl)};`,
  ];
}

function lookupModule(model: CatalogModel) {
  const entries = model.errors.flatMap((e) => e.lookupKeys.map((k) => ts`${key(k)}: ${lit(e.code)}`));
  return [
    ts`import type { JssErrorCodeName } from './codes.js';`,
    ts`${doc('Lower-cased code or alias → catalog code, for matching received codes case-insensitively.')}
export const codeIndex: Readonly<Record<string, JssErrorCodeName>> = ${block(entries)};`,
  ];
}

/** The catalog as plain JSON for bindings in other languages: the model, names derived. */
function catalogJson(model: CatalogModel) {
  return {
    $comment: `Generated from ${model.catalogFile} by @jss/generators; do not edit.`,
    locales: model.locales,
    statusDefaults: model.statusDefaults,
    // The per-case and per-field views are derived from the entries beside them; the spec constant
    // and options type are private names of @jss/errors' generated module, not its API.
    // JSON has no `undefined`: an absent AWS counterpart or seed remark is `null`, as in the catalog.
    errors: model.errors.map(({ cases, fieldParams, sourceText, specName, optionsTypeName, ...entry }) => ({
      ...entry,
      aws: entry.aws ?? null,
      sources: withNullRemark(entry.sources),
      variants: entry.variants.map((v) => ({ ...v, sources: withNullRemark(v.sources) })),
    })),
    retired: model.retired,
  };
}

function withNullRemark(sources: SourcesModel) {
  return sources.seed === undefined
    ? sources
    : { ...sources, seed: { ...sources.seed, remark: sources.seed.remark ?? null } };
}

function summary(e: ErrorModel): string {
  return `${e.httpStatus}: ${e.message}`.replace(/\s+/g, ' ');
}
