import {
  type ForJssErrorCode,
  errorInfo,
  jssErrorCodes,
  type JssErrorCodeInput,
  type JssErrorCodeName,
  resolveJssErrorCode,
} from '@jss/error-codes';
import { describe, expect, expectTypeOf, it } from 'vitest';

// The README's example, as written there.
function statusOf<S extends string>(
  code: JssErrorCodeInput<S>,
): ForJssErrorCode<S, { [C in keyof typeof errorInfo]: number }, number | undefined> {
  const known = resolveJssErrorCode(code);
  return (known === undefined ? undefined : errorInfo[known].httpStatus) as never;
}

describe('JssErrorCodeInput and ForJssErrorCode', () => {
  it('check literal codes at compile time and pass strings through', () => {
    expectTypeOf<JssErrorCodeInput<'NoSuchKye'>>().toEqualTypeOf<JssErrorCodeName>();
    expectTypeOf<JssErrorCodeInput<'NoSuchKey'>>().toEqualTypeOf<'NoSuchKey'>();
    expectTypeOf<JssErrorCodeInput<string>>().toEqualTypeOf<string>();
    expectTypeOf(statusOf('NoSuchKey')).toEqualTypeOf<number>();
    expectTypeOf(statusOf('x' as string)).toEqualTypeOf<number | undefined>();
    // @ts-expect-error: a typo in a literal code
    expect(statusOf('NoSuchKye')).toBeUndefined();
  });

  it('resolve at run time what a string holds', () => {
    for (const code of jssErrorCodes) {
      expect(statusOf(code.toLowerCase() as string)).toBe(errorInfo[code].httpStatus);
    }
    expect(statusOf('NoSuchBucketPolicy' as string)).toBe(errorInfo.NotSuchBucketPolicy.httpStatus);
    expect(statusOf('NotARealJssCode' as string)).toBeUndefined();
  });
});
