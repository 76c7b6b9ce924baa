/**
 * What differs between the two documents. Everything else is built once for both, so the 3.0.3
 * variant cannot drift from the 3.1 one. The document uses no `nullable`, type arrays or `const`
 * (absent fields are omitted, never null), so schema examples and the header are all that differ.
 */
export interface Dialect {
  readonly openapi: '3.1.0' | '3.0.3';
  /** A schema's example: JSON Schema's `examples` array in 3.1, the deprecated `example` in 3.0. */
  schemaExample(value: unknown): Record<string, unknown>;
  /** 3.1 names a license by SPDX identifier; 3.0 only by URL. */
  readonly license: Readonly<Record<string, string>>;
  /** 3.0 requires `paths`; 3.1 lets a components-only document leave it out. */
  readonly paths: Readonly<Record<string, unknown>> | undefined;
}

export const OPENAPI_31: Dialect = {
  openapi: '3.1.0',
  schemaExample: (value) => ({ examples: [value] }),
  license: { name: 'MIT', identifier: 'MIT' },
  paths: undefined,
};

export const OPENAPI_30: Dialect = {
  openapi: '3.0.3',
  schemaExample: (value) => ({ example: value }),
  license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
  paths: {},
};
