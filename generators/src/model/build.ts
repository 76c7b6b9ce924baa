import type { RawCatalog } from '../catalog/schema.js';
import { sourceHash } from '../text/source-hash.js';
import { jssErrorMembers } from './jss-error-members.js';
import {
  camelNameOf,
  classNameOf,
  docPathOf,
  lookupKeyOf,
  messageKeyOf,
  optionsTypeNameOf,
  specNameOf,
} from './naming.js';
import type {
  CauseModel,
  SourcesModel,
  CaseModel,
  CatalogModel,
  ErrorModel,
  LocalizedText,
  ParamModel,
  DeprecationModel,
  RetiredModel,
  VariantModel,
} from './types.js';

// What the schema guarantees after validation, as json-schema-to-ts infers it from the schema.
type RawError = RawCatalog['errors'][number];
type RawText = RawError['text'];
type RawSources = RawError['sources'];
type RawCause = NonNullable<RawError['causes']>[number];
type RawDeprecation = NonNullable<RawError['deprecated']>;
type RawParams = NonNullable<RawError['params']>;
type RawRetired = NonNullable<RawCatalog['retired']>[number];

export interface ModelSources {
  readonly catalogFile: string;
  readonly catalogText: string;
  readonly schemaText: string;
}

/** Normalizes a validated catalog into the model; derives every name exactly once. */
export function buildModel(data: unknown, sources: ModelSources): CatalogModel {
  const raw = data as RawCatalog;
  const locales = {
    source: raw.locales.source,
    all: [raw.locales.source, ...raw.locales.all.filter((l) => l !== raw.locales.source)],
  };
  const errors = raw.errors.map((e) => toErrorModel(e, locales.all));
  const statuses = [...new Set(errors.flatMap((e) => e.statuses))].sort((a, b) => a - b);
  const statusDefaults = [...raw.statusDefaults]
    .sort((a, b) => a.httpStatus - b.httpStatus)
    .map(({ httpStatus, code, note, operations }) => ({
      httpStatus,
      code,
      note: texts(note, locales.all),
      operations: Object.entries(operations ?? {}).map(([operation, c]) => ({ operation, code: c })),
    }));
  const aliases = errors.flatMap((e) => e.aliases.map((alias) => ({ alias, code: e.code })));
  const labels = Object.fromEntries(Object.entries(raw.labels).map(([name, t]) => [name, texts(t, locales.all)]));
  return deepFreeze({
    ...sources,
    catalogHash: sourceHash(sources.catalogText),
    locales,
    reference: { baseUrl: raw.reference.baseUrl },
    labels,
    errors,
    statuses,
    statusDefaults,
    aliases,
    retired: (raw.retired ?? []).map((r) => toRetiredModel(r, locales.all)),
  });
}

function toRetiredModel(r: RawRetired, locales: readonly string[]): RetiredModel {
  const aliases = r.aliases ?? [];
  return {
    code: r.code,
    httpStatus: r.httpStatus,
    message: r.message,
    text: texts(r.text, locales),
    params: paramsOf(r.params, locales),
    since: r.since,
    ...(r.replacement === undefined ? {} : { replacement: r.replacement }),
    reason: texts(r.reason, locales),
    aliases,
    lookupKeys: [r.code, ...aliases].map(lookupKeyOf),
    messageKey: messageKeyOf(r.code),
    docPath: docPathOf(r.code),
  };
}

function paramsOf(raw: RawParams | undefined, locales: readonly string[]): ParamModel[] {
  return Object.entries(raw ?? {}).map(([name, p]) => ({
    name,
    type: p.type,
    tsType: p.type === 'integer' ? 'number' : 'string',
    description: texts(p.description, locales),
    ...(p.element === undefined && p.header === undefined
      ? {}
      : {
          wire: {
            ...(p.element === undefined ? {} : { element: p.element }),
            ...(p.header === undefined ? {} : { header: p.header }),
          },
        }),
    ...(p.example === undefined ? {} : { example: p.example }),
  }));
}

/** Absent when not deprecated, so `deprecated` is a plain truthiness test for every emitter. */
function deprecationOf(raw: RawDeprecation | undefined, locales: readonly string[]): { deprecated?: DeprecationModel } {
  if (raw === undefined) return {};
  return {
    deprecated: {
      since: raw.since,
      ...(raw.replacement === undefined ? {} : { replacement: raw.replacement }),
      reason: texts(raw.reason, locales),
    },
  };
}

function toErrorModel(e: RawError, locales: readonly string[]): ErrorModel {
  const params = paramsOf(e.params, locales);
  const deprecated = deprecationOf(e.deprecated, locales);
  const variants: VariantModel[] = (e.variants ?? []).map((v) => ({
    id: v.id,
    message: v.message,
    text: texts(v.text, locales),
    messageKey: messageKeyOf(e.code, v.id),
    sources: sourcesOf(v.sources),
    causes: causesOf(v.causes, locales),
    notes: v.notes,
    ...deprecationOf(v.deprecated, locales),
  }));
  const text = texts(e.text, locales);
  const aliases = e.aliases ?? [];
  const cases: CaseModel[] = [
    { code: e.code, messageKey: messageKeyOf(e.code), message: e.message, text, ...deprecated },
    ...variants.map((v) => ({
      code: e.code,
      variant: v.id,
      messageKey: v.messageKey,
      message: v.message,
      text: v.text,
      ...(v.deprecated ? { deprecated: v.deprecated } : deprecated),
    })),
  ];
  return {
    code: e.code,
    className: classNameOf(e.code),
    optionsTypeName: optionsTypeNameOf(e.code),
    camelName: camelNameOf(e.code),
    httpStatus: e.httpStatus,
    statuses: [...new Set([e.httpStatus, ...(e.statuses ?? [])])].sort((a, b) => a - b),
    message: e.message,
    messageSource: e.messageSource,
    text,
    messageKey: messageKeyOf(e.code),
    sourceText: text[locales[0]!]!,
    specName: specNameOf(e.code),
    docPath: docPathOf(e.code),
    lookupKeys: [e.code, ...aliases].map(lookupKeyOf),
    params,
    fieldParams: params.filter((p) => !jssErrorMembers().baseFields.has(p.name)),
    cases,
    fault: e.fault,
    retryable: e.retryable,
    throttling: e.throttling,
    retryAfter: e.retryAfter,
    retryWhen: e.retryWhen,
    constraints: e.constraints ?? {},
    aws: e.aws ? { code: e.aws.code, httpStatus: e.aws.httpStatus } : undefined,
    aliases,
    sources: sourcesOf(e.sources),
    causes: causesOf(e.causes, locales),
    notes: e.notes,
    variants,
    ...deprecated,
  };
}

function sourcesOf(raw: RawSources): SourcesModel {
  return {
    ...(raw.seed ? { seed: { row: raw.seed.row, remark: raw.seed.remark ?? undefined } } : {}),
    page: (raw.page ?? []).map((p) => ({ row: p.row, httpStatus: p.httpStatus, description: { ...p.description } })),
    ...(raw.observed ? { observed: { file: raw.observed.file, case: raw.observed.case } } : {}),
  };
}

function causesOf(raw: RawCause[] | undefined, locales: readonly string[]): CauseModel[] {
  return (raw ?? []).map((c) => ({ cause: texts(c.cause, locales), fix: texts(c.fix, locales) }));
}

/** Locale order is the model's (source first), never the YAML's key order. */
function texts(raw: RawText, locales: readonly string[]): LocalizedText {
  const out: Record<string, string> = {};
  for (const locale of locales) {
    const value = raw[locale]!;
    out[locale] = typeof value === 'string' ? value : value.text;
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
