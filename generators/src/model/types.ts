/**
 * The normalized catalog every emitter reads. Everything derived (class names, message keys,
 * status tables) is computed here once; emitters never re-derive.
 */
export interface CatalogModel {
  /** The catalog's path as shown in headers and diagnostics, e.g. `catalog/errors.yaml`. */
  readonly catalogFile: string;
  /** The catalog's bytes and its schema's, published as they are inside @jss/error-codes. */
  readonly catalogText: string;
  /** Short fingerprint of `catalogText`: it changes exactly when the catalog's bytes do. */
  readonly catalogHash: string;
  readonly schemaText: string;
  readonly locales: LocalesModel;
  /** The published reference: `baseUrl` + a code's `docPath` is its page. */
  readonly reference: { readonly baseUrl: string };
  /** Prose the artifacts need besides the errors, by name (`docs.title`), in every locale. */
  readonly labels: Readonly<Record<string, LocalizedText>>;
  /** Catalog order. */
  readonly errors: readonly ErrorModel[];
  /** Ascending by status. */
  readonly statusDefaults: readonly StatusDefaultModel[];
  /** Every status a client may see for some code, ascending. */
  readonly statuses: readonly number[];
  /** Other spellings (aliases) → canonical code. */
  readonly aliases: readonly AliasModel[];
  /** Codes removed from the catalog, in catalog order: documented and recognised, never reused. */
  readonly retired: readonly RetiredModel[];
}

/**
 * A code or variant that still works but should no longer be relied on. `since` is a date
 * (`YYYY-MM-DD`); `replacement` names a code of the catalog that is not retired.
 */
export interface DeprecationModel {
  readonly since: string;
  readonly replacement?: string;
  readonly reason: LocalizedText;
}

/** A code removed from the catalog: what its documentation, bundles and the parser still need. */
export interface RetiredModel {
  readonly code: string;
  readonly httpStatus: number;
  readonly message: string;
  readonly text: LocalizedText;
  readonly params: readonly ParamModel[];
  readonly since: string;
  readonly replacement?: string;
  readonly reason: LocalizedText;
  readonly aliases: readonly string[];
  /** The code and its aliases lower-cased: the keys a received code is recognised by. */
  readonly lookupKeys: readonly string[];
  /** Its bundle key, the code (a retired code has no variants). */
  readonly messageKey: string;
  /** Its page in the reference stays where it was: `errors/<Code>/`. */
  readonly docPath: string;
}

export interface LocalesModel {
  readonly source: string;
  /** Source locale first, then the others in catalog order. */
  readonly all: readonly string[];
}

export type Fault = 'client' | 'server';
/** What a retry needs first: `clockCorrected`, the client's clock offset corrected and the request signed again. */
export type RetryCondition = 'clockCorrected';
/** A rule a request's value must meet (lengths in characters, a pattern of the whole value). */
export interface ValueRule {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
}
export type ParamType = 'string' | 'integer';

export interface ParamModel {
  readonly name: string;
  readonly type: ParamType;
  /** The TypeScript type of a value: `string` or `number`. */
  readonly tsType: 'string' | 'number';
  /** What the value is, in every locale. */
  readonly description: LocalizedText;
  /** Where the wire carries the value; absent when only the request or the caller can give it. */
  readonly wire?: ParamWireModel;
  /** A value as the wire carries it, for the examples; absent when the catalog gives none. */
  readonly example?: string | number;
}

/** The child element of `<Error>` (the key of a JSON body) and/or the response header carrying a param. */
export interface ParamWireModel {
  readonly element?: string;
  readonly header?: string;
}

/** One wire case: a code itself, or one of its variants. */
export interface CaseModel {
  readonly code: string;
  /** Absent for the code itself. */
  readonly variant?: string;
  readonly messageKey: string;
  readonly message: string;
  readonly text: LocalizedText;
  /** The variant's deprecation, else its code's. */
  readonly deprecated?: DeprecationModel;
}

/** Text of a code or variant in every locale, placeholders as `{name}`. */
export type LocalizedText = Readonly<Record<string, string>>;

export interface SeedModel {
  readonly row: number;
  /** The seed's remark column, when the row has one. */
  readonly remark: string | undefined;
}

/** A row of JD Cloud's S3-compatible error page, the second source. */
export interface PageRowModel {
  readonly row: number;
  readonly httpStatus: number;
  readonly description: Readonly<Record<string, string>>;
}

/** Where an entry comes from; both absent means an observation, explained in its notes. */
export interface SourcesModel {
  readonly seed?: SeedModel;
  readonly page: readonly PageRowModel[];
  /** The probe report (a file in the observations folder) and case the wire message was seen in. */
  readonly observed?: { readonly file: string; readonly case: string };
}

/** A likely cause and what to do about it, in every locale. */
export interface CauseModel {
  readonly cause: LocalizedText;
  readonly fix: LocalizedText;
}

/** How a wire message was decided, so that a later observation can correct it. */
export type MessageSource = 'seed' | 'aws' | 'page' | 'observed';

export interface VariantModel {
  readonly id: string;
  readonly message: string;
  readonly text: LocalizedText;
  /** `BucketNotEmpty_acl`: i18next's context key for `t('BucketNotEmpty', { context: 'acl' })`. */
  readonly messageKey: string;
  readonly sources: SourcesModel;
  readonly causes: readonly CauseModel[];
  readonly notes: string;
  readonly deprecated?: DeprecationModel;
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
  /** The status the server helpers send. */
  readonly httpStatus: number;
  /** Every status a client may see for the code, ascending; `httpStatus` among them. */
  readonly statuses: readonly number[];
  readonly message: string;
  readonly messageSource: MessageSource;
  readonly text: LocalizedText;
  readonly messageKey: string;
  /** The text in the source locale. */
  readonly sourceText: string;
  /** The module constant holding the class's catalog facts: `NoSuchBucketSpec`. */
  readonly specName: string;
  /** The code's page in the reference, relative to its root: `errors/NoSuchBucket/`; variants are anchors (`#acl`). */
  readonly docPath: string;
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
  /** What a retry needs first (`clockCorrected`); undefined when a backoff is enough. */
  readonly retryWhen: RetryCondition | undefined;
  /** Rules a request's value must meet, else the code is sent, by param name; `{}` when none. */
  readonly constraints: Readonly<Record<string, ValueRule>>;
  /** The AWS S3 counterpart; absent when AWS S3 has no such code (printed as `aws: null` at run time). */
  readonly aws: AwsCounterpart | undefined;
  readonly aliases: readonly string[];
  readonly sources: SourcesModel;
  readonly causes: readonly CauseModel[];
  readonly notes: string;
  readonly variants: readonly VariantModel[];
  readonly deprecated?: DeprecationModel;
}

export interface StatusDefaultModel {
  readonly httpStatus: number;
  readonly code: string;
  readonly note: LocalizedText;
  /** Operations whose bodiless response of this status means another code, by operation name. */
  readonly operations: readonly { readonly operation: string; readonly code: string }[];
}

export interface AliasModel {
  readonly alias: string;
  readonly code: string;
}
