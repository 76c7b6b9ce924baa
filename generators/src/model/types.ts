/**
 * The normalized catalog every emitter reads. Everything derived (class names, message keys,
 * status tables) is computed here once; emitters never re-derive.
 */
export interface CatalogModel {
  /** The catalog's path as shown in headers and diagnostics, e.g. `catalog/errors.yaml`. */
  readonly catalogFile: string;
  /** The catalog's bytes and its schema's, published as they are inside @jss/error-codes. */
  readonly catalogText: string;
  readonly schemaText: string;
  readonly locales: LocalesModel;
  /** Catalog order. */
  readonly errors: readonly ErrorModel[];
  /** Ascending by status. */
  readonly statusDefaults: readonly StatusDefaultModel[];
  /** Every status used by an entry, ascending. */
  readonly statuses: readonly number[];
  /** Other spellings (aliases) → canonical code. */
  readonly aliases: readonly AliasModel[];
}

export interface LocalesModel {
  readonly source: string;
  /** Source locale first, then the others in catalog order. */
  readonly all: readonly string[];
}

export type Fault = 'client' | 'server';
export type ParamType = 'string' | 'integer';

export interface ParamModel {
  readonly name: string;
  readonly type: ParamType;
  /** The TypeScript type of a value: `string` or `number`. */
  readonly tsType: 'string' | 'number';
  readonly description: string;
}

/** One wire case: a code itself, or one of its variants. */
export interface CaseModel {
  readonly code: string;
  /** Absent for the code itself. */
  readonly variant?: string;
  readonly messageKey: string;
  readonly message: string;
  readonly text: LocalizedText;
}

/** Text of a code or variant in every locale, placeholders as `{name}`. */
export type LocalizedText = Readonly<Record<string, string>>;

export interface SeedModel {
  readonly row: number;
  readonly remark: string | null;
}

export interface VariantModel {
  readonly id: string;
  readonly message: string;
  readonly text: LocalizedText;
  /** `BucketNotEmpty_acl`: i18next's context key for `t('BucketNotEmpty', { context: 'acl' })`. */
  readonly messageKey: string;
  readonly seed: SeedModel;
  readonly notes: string;
}

export interface AwsCounterpart {
  readonly code: string;
  readonly httpStatus: number;
}

export interface ErrorModel {
  readonly code: string;
  readonly className: string;
  readonly optionsTypeName: string;
  /** The code in lowerCamelCase (`noSuchBucket`), for functions named after it. */
  readonly camelName: string;
  readonly httpStatus: number;
  readonly message: string;
  readonly text: LocalizedText;
  readonly messageKey: string;
  /** The text in the source locale. */
  readonly sourceText: string;
  /** The module constant holding the class's catalog facts: `NoSuchBucketSpec`. */
  readonly specName: string;
  /** The code and its aliases lower-cased: the keys a received code is matched by. */
  readonly lookupKeys: readonly string[];
  readonly params: readonly ParamModel[];
  /** The placeholders that become fields of the class (`resource`/`requestId` are base fields). */
  readonly fieldParams: readonly ParamModel[];
  /** The code, then each variant. */
  readonly cases: readonly CaseModel[];
  readonly fault: Fault;
  readonly retryable: boolean;
  readonly throttling: boolean;
  readonly retryAfter: number | undefined;
  readonly aws: AwsCounterpart | null;
  readonly aliases: readonly string[];
  readonly seed: SeedModel;
  readonly notes: string;
  readonly variants: readonly VariantModel[];
}

export interface StatusDefaultModel {
  readonly httpStatus: number;
  readonly code: string;
  readonly note: string;
}

export interface AliasModel {
  readonly alias: string;
  readonly code: string;
}
