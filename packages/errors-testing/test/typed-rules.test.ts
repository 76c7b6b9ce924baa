import { errorInfo, jssErrorCodes } from '@jss/error-codes';
import { type JssVariantOf, type MockRule, parseMockRules } from '@jss/errors-testing';
import { describe, expect, expectTypeOf, it } from 'vitest';

// The @ts-expect-error lines are checked by `pnpm --filter @jss/errors-testing typecheck`:
// each must be a compile error, or tsc fails.
describe('rule answers are typed by the catalog', () => {
  it('codes and variants are checked at compile time', () => {
    expectTypeOf<JssVariantOf<'BucketNotEmpty'>>().toEqualTypeOf<'multipartUploads' | 'acl'>();
    expectTypeOf<JssVariantOf<'NoSuchKey'>>().toEqualTypeOf<never>();
    const ok: MockRule[] = [
      { operation: 'DeleteBucket', answer: { code: 'BucketNotEmpty', variant: 'acl' } },
      { operation: ['GetObject', 'HeadObject'], answer: { code: 'SlowDown', retryAfter: 1 } },
      { answer: { connection: 'drop' } },
    ];
    const wrong: MockRule[] = [
      // @ts-expect-error a misspelt code does not compile
      { answer: { code: 'NoSuchKye' } },
      // @ts-expect-error a variant of another code does not compile
      { answer: { code: 'NoSuchKey', variant: 'acl' } },
      // @ts-expect-error an operation S3 does not have does not compile
      { operation: 'GetObjects', answer: { code: 'NoSuchKey' } },
      // @ts-expect-error a variant needs its code
      { answer: { variant: 'acl' } },
    ];
    expect(ok.length + wrong.length).toBe(7);
  });
});

describe('rules read from JSON (the CLI) are checked at run time', () => {
  it('accepts every code and variant of the catalog', () => {
    const json: unknown[] = [];
    for (const code of jssErrorCodes) {
      json.push({ answer: { code } });
      for (const variant of Object.keys(errorInfo[code].variants)) json.push({ answer: { code, variant } });
    }
    expect(parseMockRules(json)).toHaveLength(json.length);
  });

  it('names the first problem', () => {
    const bad = (rule: unknown) => () => parseMockRules([{ answer: { code: 'NoSuchKey' } }, rule]);
    expect(bad({ answer: { code: 'NoSuchKye' } })).toThrow('rules[1].answer.code: "NoSuchKye" is not a JSS error code');
    expect(bad({ answer: { code: 'NoSuchKey', variant: 'acl' } })).toThrow(
      'rules[1].answer.variant: "acl" is not a variant of NoSuchKey',
    );
    expect(bad({ operation: 'GetObjects', answer: {} })).toThrow('rules[1].operation[0]: "GetObjects"');
    expect(bad({ call: { nth: 0 }, answer: {} })).toThrow('rules[1].call.nth');
    expect(bad({ probability: 2, answer: {} })).toThrow('rules[1].probability');
    expect(bad({ answer: { connection: 'cut' } })).toThrow('rules[1].answer.connection');
    expect(bad({ answer: {}, extra: 1 })).toThrow('rules[1].extra: unknown field');
    expect(() => parseMockRules({})).toThrow('expected an array');
  });

  it('header patterns are written { regex }', () => {
    const [rule] = parseMockRules([{ headers: { range: { regex: '^bytes=9' }, 'x-a': true }, answer: {} }]);
    expect(rule?.headers?.range).toBeInstanceOf(RegExp);
    expect((rule!.headers!.range as RegExp).test('bytes=90-')).toBe(true);
    expect(rule?.headers?.['x-a']).toBe(true);
  });
});
