import type { CatalogPath } from './yaml-source.js';

/**
 * Reading a parsed catalog that may have failed the schema: the rules run beside it, so every
 * problem is reported at once, and must not assume its shape.
 */
export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** How a rule reports a problem at a catalog path. */
export type Report = (
  path: CatalogPath,
  message: string,
  target?: 'value' | 'key',
  severity?: 'error' | 'warning',
) => void;
