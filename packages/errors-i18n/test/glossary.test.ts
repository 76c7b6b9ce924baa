import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { jssLocales, JSS_SOURCE_LOCALE } from '@jss/errors-i18n';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossaryViolations, termsOf } from './support/glossary.js';
import { repoRoot } from './support/generator.js';

const require = createRequire(import.meta.url);
const messagesOf = (locale: string) =>
  JSON.parse(readFileSync(require.resolve(`@jss/errors-i18n/locales/${locale}.json`), 'utf8')) as Record<
    string,
    string
  >;
const terms = termsOf(parse(readFileSync(join(repoRoot, 'catalog', 'glossary.yaml'), 'utf8')));

describe('the glossary (catalog/glossary.yaml)', () => {
  it('gives every term a rendering in every translated locale', () => {
    expect(terms.length).toBeGreaterThan(10);
    for (const term of terms)
      expect(Object.keys(term.renderings).sort(), term.en).toEqual(
        jssLocales.filter((l) => l !== JSS_SOURCE_LOCALE).sort(),
      );
  });

  it('catches a term translated another way, naming the code, and matches longer terms first', () => {
    const source = {
      A: 'The bucket {bucket} is gone.',
      B: 'Your access keys are wrong.',
      C: 'Too many uploaded parts.',
      D: 'The key {key} is bad.',
    };
    const zh = {
      A: '存储桶 {bucket} 已不存在。',
      B: '您的访问密钥有误。',
      C: '上传的部分过多。',
      D: '键 {key} 无效。',
    };
    expect(glossaryViolations(terms, source, { zh })).toEqual([
      { key: 'A', locale: 'zh', term: 'bucket', rendering: 'Bucket' },
      { key: 'C', locale: 'zh', term: 'part', rendering: '分片' },
      { key: 'D', locale: 'zh', term: 'key', rendering: 'Key' },
    ]);
  });

  it('holds for every code and variant of the catalog', () => {
    const translations = Object.fromEntries(
      jssLocales.filter((l) => l !== JSS_SOURCE_LOCALE).map((l) => [l, messagesOf(l)]),
    );
    const violations = glossaryViolations(terms, messagesOf(JSS_SOURCE_LOCALE), translations).map(
      (v) => `${v.key} (${v.locale}): en uses "${v.term}" but the translation lacks "${v.rendering}"`,
    );
    expect(violations).toEqual([]);
  });
});
