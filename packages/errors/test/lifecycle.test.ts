import {
  errorInfo,
  jssErrorCodes,
  jssRetiredCodes,
  type JssDeprecation,
  type JssErrorInfo,
  type JssRetiredCodeInfo,
  resolveJssErrorCode,
  resolveRetiredJssErrorCode,
  retiredCodeInfo,
} from '@jss/error-codes';
import { createJssError, errorClasses, parseJssErrorResponse, UnknownJssError } from '@jss/errors';
import { describe, expect, it } from 'vitest';

/**
 * Deprecated and retired codes of the real catalog, through the built packages. The catalog has
 * none yet, so these loops check every one the day it has some; the fixture's forms are checked
 * by the generator's `lifecycle-runtime` test.
 */
const info: Readonly<Record<string, JssErrorInfo>> = errorInfo;
const retired: Readonly<Record<string, JssRetiredCodeInfo>> = retiredCodeInfo;
// As strings: with no retired code in the catalog, the list's own element type is `never`.
const RETIRED_CODES: readonly string[] = jssRetiredCodes;
const xml = (code: string) => `<Error><Code>${code}</Code><Message>m</Message></Error>`;

describe('retired codes of the catalog', () => {
  it('are no live code, and are recognised as retired in any case', () => {
    for (const code of RETIRED_CODES) {
      expect(resolveJssErrorCode(code)).toBeUndefined();
      expect(resolveRetiredJssErrorCode(code.toUpperCase())).toBe(code);
      const error = parseJssErrorResponse({ status: 400, body: xml(code.toLowerCase()) });
      expect(error).toBeInstanceOf(UnknownJssError);
      const { since, replacement, reason } = retired[code]!;
      expect((error as UnknownJssError).retired).toEqual({
        code,
        since,
        ...(replacement === undefined ? {} : { replacement }),
        reason,
      });
    }
  });

  it('name live codes as replacements', () => {
    for (const code of RETIRED_CODES) {
      const replacement = retired[code]!.replacement;
      if (replacement !== undefined) expect(jssErrorCodes).toContain(replacement);
    }
  });

  it('a code neither live nor retired is unknown, and not retired', () => {
    const error = parseJssErrorResponse({ status: 400, body: xml('NoSuchThingEverExisted') });
    expect(error).toBeInstanceOf(UnknownJssError);
    expect((error as UnknownJssError).retired).toBeUndefined();
    expect('retired' in error.toJSON()).toBe(false);
  });
});

describe('deprecated codes of the catalog', () => {
  const deprecations = (i: JssErrorInfo): JssDeprecation[] => [
    ...(i.deprecated ? [i.deprecated] : []),
    ...Object.values(i.deprecatedVariants ?? {}),
  ];

  it('still make and parse to their own class', () => {
    for (const code of jssErrorCodes.filter((c) => info[c]!.deprecated)) {
      expect(createJssError(code as string)).toBeInstanceOf(errorClasses[code]);
      const parsed = parseJssErrorResponse({ status: info[code]!.httpStatus, body: xml(code) });
      expect(parsed).toBeInstanceOf(errorClasses[code]);
    }
  });

  it('name a live code, other than themselves, as replacement; deprecate variants the code has', () => {
    for (const code of jssErrorCodes) {
      for (const d of deprecations(info[code]!)) {
        expect(d.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (d.replacement !== undefined) expect(jssErrorCodes).toContain(d.replacement);
      }
      expect(info[code]!.deprecated?.replacement).not.toBe(code);
      for (const id of Object.keys(info[code]!.deprecatedVariants ?? {}))
        expect(info[code]!.variants).toHaveProperty(id);
    }
  });
});
