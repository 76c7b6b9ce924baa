import { type JssRetiredCodeInfo, resolveRetiredJssErrorCode, retiredCodeInfo } from '@jss/error-codes';

/**
 * The retired codes `explain` recognises. The catalog's by default; a caller may give others,
 * so the retired path can be run even while the catalog retires nothing.
 */
export interface RetiredCodes {
  /** The retired code an input names (in any case, or by an alias), or undefined. */
  resolve(input: string): string | undefined;
  /** What the catalog kept of a code `resolve` gave. */
  info(code: string): JssRetiredCodeInfo;
}

export const catalogRetiredCodes: RetiredCodes = {
  resolve: resolveRetiredJssErrorCode,
  info: (code) => (retiredCodeInfo as Readonly<Record<string, JssRetiredCodeInfo>>)[code]!,
};
