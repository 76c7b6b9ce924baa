import type { CatalogModel, ErrorModel, LocalizedText } from '../model/types.js';

/**
 * The lifecycle fields the model is getting (deprecated codes, retired codes), read when present
 * so the diff classifies them the day they land, and compiles before.
 */
export interface Deprecation {
  readonly since: string;
  readonly replacement?: string;
  readonly reason: LocalizedText;
}

export interface RetiredCode {
  readonly code: string;
}

export const deprecationOf = (e: ErrorModel): Deprecation | undefined =>
  (e as ErrorModel & { readonly deprecated?: Deprecation }).deprecated;

export const retiredOf = (m: CatalogModel): readonly RetiredCode[] =>
  (m as CatalogModel & { readonly retired?: readonly RetiredCode[] }).retired ?? [];
