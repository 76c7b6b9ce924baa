import {
  BASE_FIELD_PARAMS,
  camelNameOf,
  classNameOf,
  lookupKeyOf,
  messageKeyOf,
  optionsTypeNameOf,
  specNameOf,
} from './naming.js';
import type {
  CaseModel,
  CatalogModel,
  ErrorModel,
  LocalizedText,
  ParamModel,
  ParamType,
  VariantModel,
} from './types.js';

// The raw shapes after validation; the schema and rules guarantee them.
interface RawText {
  [locale: string]: string | { text: string; translates: string };
}
interface RawVariant {
  id: string;
  message: string;
  text: RawText;
  seed: { row: number; remark: string | null };
  notes: string;
}
interface RawError {
  code: string;
  httpStatus: number;
  message: string;
  text: RawText;
  params?: Record<string, { type: ParamType; description: string }>;
  fault: 'client' | 'server';
  retryable: boolean;
  throttling: boolean;
  retryAfter?: number;
  aws: { code: string; httpStatus: number } | null;
  aliases?: string[];
  seed: { row: number; remark: string | null };
  notes: string;
  variants?: RawVariant[];
}
interface RawCatalog {
  locales: { source: string; all: string[] };
  statusDefaults: { httpStatus: number; code: string; note: string }[];
  errors: RawError[];
}

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
  const statuses = [...new Set(errors.map((e) => e.httpStatus))].sort((a, b) => a - b);
  const statusDefaults = [...raw.statusDefaults]
    .sort((a, b) => a.httpStatus - b.httpStatus)
    .map(({ httpStatus, code, note }) => ({ httpStatus, code, note }));
  const aliases = errors.flatMap((e) => e.aliases.map((alias) => ({ alias, code: e.code })));
  return deepFreeze({ ...sources, locales, errors, statuses, statusDefaults, aliases });
}

function toErrorModel(e: RawError, locales: readonly string[]): ErrorModel {
  const params: ParamModel[] = Object.entries(e.params ?? {}).map(([name, p]) => ({
    name,
    type: p.type,
    tsType: p.type === 'integer' ? 'number' : 'string',
    description: p.description,
  }));
  const variants: VariantModel[] = (e.variants ?? []).map((v) => ({
    id: v.id,
    message: v.message,
    text: texts(v.text, locales),
    messageKey: messageKeyOf(e.code, v.id),
    seed: { row: v.seed.row, remark: v.seed.remark },
    notes: v.notes,
  }));
  const text = texts(e.text, locales);
  const aliases = e.aliases ?? [];
  const cases: CaseModel[] = [
    { code: e.code, messageKey: messageKeyOf(e.code), message: e.message, text },
    ...variants.map((v) => ({
      code: e.code,
      variant: v.id,
      messageKey: v.messageKey,
      message: v.message,
      text: v.text,
    })),
  ];
  return {
    code: e.code,
    className: classNameOf(e.code),
    optionsTypeName: optionsTypeNameOf(e.code),
    camelName: camelNameOf(e.code),
    httpStatus: e.httpStatus,
    message: e.message,
    text,
    messageKey: messageKeyOf(e.code),
    sourceText: text[locales[0]!]!,
    specName: specNameOf(e.code),
    lookupKeys: [e.code, ...aliases].map(lookupKeyOf),
    params,
    fieldParams: params.filter((p) => !BASE_FIELD_PARAMS.has(p.name)),
    cases,
    fault: e.fault,
    retryable: e.retryable,
    throttling: e.throttling,
    retryAfter: e.retryAfter,
    aws: e.aws ? { code: e.aws.code, httpStatus: e.aws.httpStatus } : null,
    aliases,
    seed: { row: e.seed.row, remark: e.seed.remark },
    notes: e.notes,
    variants,
  };
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
