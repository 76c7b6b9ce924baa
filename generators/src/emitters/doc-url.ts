import type { CatalogModel, ErrorModel } from '../model/types.js';

/** The published page of a code, or of one of its variants (an anchor on the code's page). */
export function docUrlOf(model: CatalogModel, e: ErrorModel, variant?: string): string {
  const page = `${model.reference.baseUrl}${e.docPath}`;
  return variant === undefined ? page : `${page}#${variant}`;
}
