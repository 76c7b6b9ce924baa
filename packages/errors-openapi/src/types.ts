/**
 * The shape of the generated documents, loose enough for any OpenAPI tooling to accept and exact
 * where a consumer reads: component maps by name. Treat the objects as read-only: they are shared
 * by every importer; `structuredClone` one before changing it.
 */
export interface OpenApiComponentsDocument {
  readonly openapi: '3.1.0' | '3.0.3';
  readonly info: {
    readonly title: string;
    readonly version: string;
    readonly description: string;
    readonly license: Readonly<Record<string, string>>;
  };
  readonly 'x-generated': string;
  readonly paths?: Readonly<Record<string, never>>;
  readonly components: {
    readonly schemas: Readonly<Record<string, OpenApiObject>>;
    readonly headers: Readonly<Record<string, OpenApiObject>>;
    readonly examples: Readonly<Record<string, OpenApiExample>>;
    readonly responses: Readonly<Record<string, OpenApiResponse>>;
  };
}

/** Any OpenAPI object (schema, header, media type): JSON data. */
export type OpenApiObject = { readonly [key: string]: unknown };

export interface OpenApiExample {
  readonly summary: string;
  /** The S3 XML body as text, or the JSON body as an object (a code's integer elements are numbers). */
  readonly value: string | Readonly<Record<string, string | number>>;
}

/** A response component, with the catalog's facts as `x-jss-*` / `x-aws-*` extensions. */
export interface OpenApiResponse {
  readonly description: string;
  readonly 'x-jss-status': number;
  readonly 'x-jss-code'?: string;
  readonly 'x-jss-variant'?: string;
  readonly 'x-jss-codes'?: readonly string[];
  readonly 'x-jss-default-code'?: string;
  /** On a deprecated code's or variant's response: since when, what to use instead, why (per locale). */
  readonly 'x-jss-deprecated'?: {
    readonly since: string;
    readonly replacement?: string;
    readonly description: string;
    readonly [extension: `x-${string}`]: unknown;
  };
  readonly headers: Readonly<Record<string, OpenApiObject>>;
  readonly content?: Readonly<Record<string, OpenApiObject>>;
  readonly [extension: `x-${string}`]: unknown;
}
