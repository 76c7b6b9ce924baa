import { jssErrorCodes } from '@jss/error-codes';
import { createJssError, parseJssErrorResponse } from '@jss/errors';
import { formatJssError, jssLocales } from '@jss/errors-i18n';
import { jssMessageBundles } from '@jss/errors-i18n/all';
import { describe, expect, it } from 'vitest';
import { ALL_REFS } from './support/samples.js';

const bundles = jssMessageBundles;
const SPACE_BEFORE_PUNCTUATION = /\s[.,;:!?)\]}，。；：！？）、]/;

describe('a placeholder without a value is dropped so the sentence reads naturally', () => {
  it.each(jssLocales)('%s: every code and variant, with no values: no brace, no double space', (locale) => {
    expect(ALL_REFS.length).toBeGreaterThanOrEqual(jssErrorCodes.length);
    const { messages } = bundles.find((bundle) => bundle.locale === locale)!;
    let withPlaceholders = 0;
    for (const { code, variant, key } of ALL_REFS) {
      if (messages[key]?.includes('{')) withPlaceholders++;
      for (const error of [code, { code, variant }, createJssError(code, { variant } as never)]) {
        const text = formatJssError(error as { code: string }, { locale, bundles });
        expect(text, `${locale} ${key}`).not.toMatch(/[{}]/);
        expect(text, `${locale} ${key}`).not.toMatch(/\s\s/);
        expect(text, `${locale} ${key}`).not.toMatch(SPACE_BEFORE_PUNCTUATION);
        expect(text, `${locale} ${key}`).toBe(text.trim());
        expect(text, `${locale} ${key}`).not.toMatch(/undefined|null/);
      }
    }
    // The loop proves something only while the catalog has texts with placeholders.
    expect(withPlaceholders).toBeGreaterThan(0);
  });

  it('keeps one space where words meet, none between Chinese characters or before punctuation', () => {
    const bundle = {
      locale: 'x',
      messages: {
        Mid: 'The bucket {bucket} does not exist.',
        End: 'less than {n}.',
        Start: '{bucket} is gone.',
        Cjk: '请求中的分片 {n} 在云存储中',
        Mixed: '指定的 Bucket {bucket} 不存在。',
        Paren: 'upload ({id}) failed',
        Two: 'from {a} to {b} now',
      },
    };
    const text = (key: string) => formatJssError(key as string, { bundles: [bundle] });
    expect(text('Mid')).toBe('The bucket does not exist.');
    expect(text('End')).toBe('less than.');
    expect(text('Start')).toBe('is gone.');
    expect(text('Cjk')).toBe('请求中的分片在云存储中');
    expect(text('Mixed')).toBe('指定的 Bucket 不存在。');
    expect(text('Paren')).toBe('upload () failed');
    expect(text('Two')).toBe('from to now');
    expect(formatJssError('Two' as string, { bundles: [bundle], params: { b: 'B' } })).toBe('from to B now');
  });
});

describe('bucket and key come from the resource when nothing else gives them', () => {
  const xml = (code: string, resource: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>m</Message>` +
    `<Resource>${resource}</Resource><RequestId>R1</RequestId></Error>`;

  it('fills {bucket} and {key} of a parsed response from its Resource, in each locale', () => {
    const key = parseJssErrorResponse({ status: 404, body: xml('NoSuchKey', '/photos/a/b.txt') });
    expect(formatJssError(key, { bundles })).toBe('The object a/b.txt does not exist.');
    const bucket = parseJssErrorResponse({ status: 404, body: xml('NoSuchBucket', '/photos/a/b.txt') });
    expect(formatJssError(bucket, { bundles })).toBe('The bucket photos does not exist.');
    expect(formatJssError(bucket, { bundles, locale: 'zh' })).toBe('指定的 Bucket photos 不存在。');
  });

  it('prefers params and the error fields, ignores the query, and says nothing it does not know', () => {
    const error = createJssError('NoSuchKey', { key: 'field.txt', resource: '/photos/res.txt?versionId=3' });
    expect(formatJssError(error, { bundles })).toBe('The object field.txt does not exist.');
    expect(formatJssError(error, { bundles, params: { key: 'param.txt' } })).toBe(
      'The object param.txt does not exist.',
    );
    const fromResource = createJssError('NoSuchKey', { resource: '/photos/res.txt?versionId=3' });
    expect(formatJssError(fromResource, { bundles })).toBe('The object res.txt does not exist.');
    // A bucket-only resource has no key; a relative one is no path-style resource.
    expect(formatJssError(createJssError('NoSuchKey', { resource: '/photos' }), { bundles })).toBe(
      'The object does not exist.',
    );
    expect(formatJssError(createJssError('NoSuchBucket', { resource: 'photos/a' }), { bundles })).toBe(
      'The bucket does not exist.',
    );
    expect(formatJssError({ code: 'NoSuchBucket', resource: '/photos' }, { bundles })).toBe(
      'The bucket photos does not exist.',
    );
  });
});
