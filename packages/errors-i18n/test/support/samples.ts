import { errorInfo, type JssErrorCodeName, jssErrorCodes } from '@jss/error-codes';

/** Every code and variant of the catalog, as formatJssError takes them. */
export const ALL_REFS: ReadonlyArray<{
  readonly code: JssErrorCodeName;
  readonly variant?: string;
  readonly key: string;
}> = jssErrorCodes.flatMap((code) => [
  { code, key: code },
  ...Object.keys(errorInfo[code].variants).map((variant) => ({ code, variant, key: `${code}_${variant}` })),
]);

/** A value for each placeholder of a code, by its declared type: `my-bucket`, 42. */
export function sampleParams(code: JssErrorCodeName): Record<string, string | number> {
  const params: Readonly<Record<string, 'string' | 'integer'>> = errorInfo[code].params;
  return Object.fromEntries(
    Object.entries(params).map(([name, type]) => [name, type === 'integer' ? 42 : `my-${name.toLowerCase()}`]),
  );
}
