import { createJssError, NoSuchBucketError, UnknownJssError } from '@jss/errors';
import { formatJssError, registerJssMessages, registeredJssMessages, type JssMessageBundle } from '@jss/errors-i18n';
import { jssMessageBundles } from '@jss/errors-i18n/all';
import en from '@jss/errors-i18n/locales/en';
import zh from '@jss/errors-i18n/locales/zh';
import { beforeAll, describe, expect, it } from 'vitest';

beforeAll(() => registerJssMessages(...jssMessageBundles));

/** A bundle's text with its placeholders filled: what formatJssError must produce, whatever the wording. */
function filled(bundle: JssMessageBundle, key: string, values: Record<string, string | number>): string {
  return bundle.messages[key]!.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

describe('formatJssError', () => {
  it('formats a JssError with its own placeholder fields, in each locale', () => {
    const error = new NoSuchBucketError({ bucket: 'photos' });
    expect(formatJssError(error)).toBe('The bucket photos does not exist.');
    expect(formatJssError(error, { locale: 'en' })).toBe('The bucket photos does not exist.');
    expect(formatJssError(error, { locale: 'zh' })).toBe('指定的 Bucket photos 不存在。');
  });

  it('formats a code, filling its placeholders from params', () => {
    expect(formatJssError('NoSuchKey', { params: { key: 'cats/tom.jpg' } })).toBe(
      'The object cats/tom.jpg does not exist.',
    );
    expect(formatJssError('InvalidPart', { locale: 'zh', params: { partNumber: 3 } })).toBe(
      filled(zh, 'InvalidPart', { partNumber: 3 }),
    );
  });

  it("lets params win over the error's own values", () => {
    const error = createJssError('NoSuchBucket', { bucket: 'from-error' });
    expect(formatJssError(error, { params: { bucket: 'from-params' } })).toBe('The bucket from-params does not exist.');
  });

  it('drops a placeholder without a value with the space before it, never "undefined" or "null"', () => {
    expect(formatJssError('NoSuchBucket')).toBe('The bucket does not exist.');
    expect(formatJssError(createJssError('NoSuchBucket'), { locale: 'zh' })).toBe('指定的 Bucket 不存在。');
    expect(formatJssError('NoSuchBucket', { params: { bucket: undefined } })).toBe('The bucket does not exist.');
    expect(formatJssError('NoSuchBucket', { params: { bucket: null } as never })).toBe('The bucket does not exist.');
    expect(formatJssError('NoSuchBucket', { params: { bucket: '' } })).toBe('The bucket does not exist.');
    // What any object has under a name such as toString is not a value.
    const custom: JssMessageBundle = {
      locale: 'en',
      messages: { NoSuchBucket: 'Values {bucket} {toString} {constructor} end.' },
    };
    expect(formatJssError(createJssError('NoSuchBucket'), { bundles: [custom], params: {} })).toBe('Values end.');
  });

  it('inserts values verbatim, as plain text: no escaping, no second round of placeholders', () => {
    expect(formatJssError('NoSuchBucket', { params: { bucket: '<b>{key}</b> & "x"' } })).toBe(
      'The bucket <b>{key}</b> & "x" does not exist.',
    );
  });

  it('formats a variant, from a JssError or from { code, variant }', () => {
    const error = createJssError('BucketNotEmpty', { bucket: 'logs', variant: 'acl' });
    expect(formatJssError(error)).toBe(filled(en, 'BucketNotEmpty_acl', { bucket: 'logs' }));
    expect(
      formatJssError(
        { code: 'BucketNotEmpty', variant: 'multipartUploads' },
        { locale: 'zh', params: { bucket: 'logs' } },
      ),
    ).toBe(filled(zh, 'BucketNotEmpty_multipartUploads', { bucket: 'logs' }));
    expect(formatJssError({ code: 'BucketNotEmpty' }, { params: { bucket: 'logs' } })).toBe(
      filled(en, 'BucketNotEmpty', { bucket: 'logs' }),
    );
  });

  it("falls back to the code's text for a variant the bundle does not know", () => {
    expect(
      formatJssError({ code: 'BucketNotEmpty', variant: 'nope' } as { code: string; variant: string }, {
        params: { bucket: 'logs' },
      }),
    ).toBe(filled(en, 'BucketNotEmpty', { bucket: 'logs' }));
  });

  it('gives unknown codes a localized sentence that shows the code', () => {
    expect(formatJssError('NoSuchThing' as string)).toBe('An error occurred (error code NoSuchThing).');
    expect(formatJssError('NoSuchThing' as string, { locale: 'zh' })).toBe('发生错误（错误码：NoSuchThing）。');
    const unknown = new UnknownJssError('NotARealJssCode', { httpStatus: 403, requestId: 'R1' });
    expect(formatJssError(unknown, { locale: 'zh-CN' })).toBe('发生错误（错误码：NotARealJssCode）。');
    // Keys of Object.prototype are not messages.
    expect(formatJssError('constructor' as string)).toBe('An error occurred (error code constructor).');
    expect(formatJssError('__proto__' as string)).toBe('An error occurred (error code __proto__).');
  });

  it('shows the real code in the unknown-code sentence, whatever params.code says', () => {
    expect(formatJssError('NotARealJssCode' as string, { params: { code: 'Z' } })).toBe(
      'An error occurred (error code NotARealJssCode).',
    );
    expect(formatJssError('NotARealJssCode' as string, { locale: 'zh', params: { code: 42 } })).toBe(
      '发生错误（错误码：NotARealJssCode）。',
    );
    const unknown = new UnknownJssError('NotARealJssCode', { httpStatus: 403 });
    expect(formatJssError(unknown, { params: { code: 'Z' } })).toBe('An error occurred (error code NotARealJssCode).');
    expect(
      formatJssError({ code: 'NotARealJssCode' as string, params: { code: 'Z' } }, { params: { code: 'Y' } }),
    ).toBe('An error occurred (error code NotARealJssCode).');
    // Other placeholders of a custom unknown-code sentence still come from params.
    const custom: JssMessageBundle = { locale: 'en', messages: { unknownCode: '{code} failed for {who}.' } };
    expect(
      formatJssError('NotARealJssCode' as string, { bundles: [custom], params: { code: 'Z', who: 'alice' } }),
    ).toBe('NotARealJssCode failed for alice.');
  });

  it("matches codes case-insensitively and through the catalog's aliases", () => {
    expect(formatJssError('nosuchbucket' as string, { params: { bucket: 'b' } })).toBe('The bucket b does not exist.');
    expect(formatJssError('NoSuchBucketPolicy' as string, { params: { bucket: 'b' } })).toBe(
      filled(en, 'NotSuchBucketPolicy', { bucket: 'b' }),
    );
    expect(
      formatJssError({ code: 'BUCKETNOTEMPTY' as string, variant: 'acl' }, { locale: 'zh', params: { bucket: 'b' } }),
    ).toBe(filled(zh, 'BucketNotEmpty_acl', { bucket: 'b' }));
  });

  it("fills placeholders from a JssError's fields, and from the params of its JSON", () => {
    const error = createJssError('NoSuchKey', { key: 'a.txt' });
    expect(error.key).toBe('a.txt');
    expect(formatJssError(error)).toBe('The object a.txt does not exist.');
    expect(formatJssError({ code: 'NoSuchKey', params: { key: 'b.txt' } })).toBe('The object b.txt does not exist.');
  });

  it('fills resource and requestId from the error', () => {
    const custom: JssMessageBundle = {
      locale: 'en',
      messages: { NoSuchKey: '{key} is missing from {resource} (request {requestId}).' },
    };
    const error = createJssError('NoSuchKey', {
      key: 'a.txt',
      resource: '/photos/a.txt',
      requestId: '4442587FB7D0A2F9',
    });
    expect(formatJssError(error, { bundles: [custom] })).toBe(
      'a.txt is missing from /photos/a.txt (request 4442587FB7D0A2F9).',
    );
    // A custom bundle without the unknown-code sentence still shows the code.
    expect(formatJssError('NoSuchBucket', { bundles: [custom] })).toBe('NoSuchBucket');
  });

  it('fills texts of any number of placeholders like a plain search-and-replace', () => {
    const values: Record<string, unknown> = { a: 'A', b: 2, c: '', d: null, e: 'E', f: 'F' };
    // Each placeholder here has a space before it, and no punctuation after: a missing one goes with that space.
    const replace = (text: string) =>
      text.replace(/ \{(\w+)\}/g, (_, name: string) =>
        values[name] == null || values[name] === '' ? '' : ` ${String(values[name])}`,
      );
    for (let count = 0; count <= 6; count++) {
      const text = `start ${'abcdef'
        .slice(0, count)
        .split('')
        .map((name) => `{${name}} (${name})`)
        .join(' then ')} end`;
      const bundle: JssMessageBundle = { locale: 'en', messages: { Custom: text, Twice: `${text} / ${text}` } };
      expect(formatJssError('Custom' as string, { bundles: [bundle], params: values }), text).toBe(replace(text));
      expect(formatJssError('Twice' as string, { bundles: [bundle], params: values })).toBe(
        replace(`${text} / ${text}`),
      );
    }
  });

  it('formats what JSON.stringify made of an error the same as the error', () => {
    const error = createJssError('InvalidPart', { partNumber: 7 });
    expect(formatJssError(JSON.parse(JSON.stringify(error)) as { code: string })).toBe(formatJssError(error));
    expect(formatJssError(error)).toBe(filled(en, 'InvalidPart', { partNumber: 7 }));
  });

  it('negotiates the locale: tags, lists, Accept-Language headers', () => {
    expect(formatJssError('AccessDenied', { locale: 'zh-Hans-CN' })).toBe('访问被拒绝，您没有执行此操作的权限。');
    expect(formatJssError('AccessDenied', { locale: ['de', 'zh-SG'] })).toBe('访问被拒绝，您没有执行此操作的权限。');
    expect(formatJssError('AccessDenied', { locale: 'zh-TW,en;q=0.8' })).toBe(
      'Access denied. You do not have permission to perform this operation.',
    );
    expect(formatJssError('AccessDenied', { locale: ';;garbage' })).toBe(
      'Access denied. You do not have permission to perform this operation.',
    );
  });

  it('chooses among the bundles passed, not the registered ones', () => {
    expect(formatJssError('AccessDenied', { locale: 'en', bundles: [zh] })).toBe(
      '访问被拒绝，您没有执行此操作的权限。',
    );
    expect(formatJssError('AccessDenied', { locale: 'zh', bundles: [en] })).toBe(
      'Access denied. You do not have permission to perform this operation.',
    );
  });

  it('rejects what is not an error, a code or a bundle, saying why', () => {
    expect(() => formatJssError(null as never)).toThrow(
      new TypeError('formatJssError: expected a JssError, an error code or { code, variant }, got null'),
    );
    expect(() => formatJssError(42 as never)).toThrow(
      new TypeError('formatJssError: expected a JssError, an error code or { code, variant }, got number'),
    );
    expect(() => formatJssError({ message: 'x' } as never)).toThrow(TypeError);
    expect(() => formatJssError('AccessDenied', { locale: 'fr', bundles: [{ messages: {} }] as never })).toThrow(
      "formatJssError: expected a message bundle { locale, messages } such as the default export of '@jss/errors-i18n/locales/en' (in CommonJS: require('@jss/errors-i18n/locales/en')), got an object without a string `locale`",
    );
    expect(() => formatJssError('AccessDenied', { bundles: [] })).toThrow(/no message bundle/);
    expect(() => registerJssMessages({ locale: 'en' } as never)).toThrow(
      'registerJssMessages: the bundle of locale "en" has no messages object',
    );
  });

  it('registers bundles by locale; a later one replaces an earlier one', () => {
    expect(registeredJssMessages().map((b) => b.locale)).toEqual(['en', 'zh']);
  });

  it('types params by code (checked by `pnpm typecheck`)', () => {
    // @ts-expect-error NoSuchBucket has no placeholder {key}
    formatJssError('NoSuchBucket', { params: { key: 'x' } });
    // @ts-expect-error partNumber is an integer
    formatJssError('InvalidPart', { params: { partNumber: 'three' } });
    expect(formatJssError('InvalidPart', { params: { partNumber: 3 } })).toBe(
      filled(en, 'InvalidPart', { partNumber: 3 }),
    );
    // A code the catalog does not know takes any params.
    expect(formatJssError('Other' as string, { params: { anything: 1 } })).toContain('Other');
  });
});
