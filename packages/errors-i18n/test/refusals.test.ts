import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  filesUnder,
  fixtureRoot,
  generateInto,
  positionAfter,
  realCatalogText,
  removeFixtureRoots,
  replaceAfter,
} from './support/generator.js';

afterAll(removeFixtureRoots);

const real = realCatalogText();

/** Drops the `zh:` translation (3 lines) that follows `anchor`. */
function withoutZh(text: string, anchor: string): string {
  const start = text.indexOf(anchor);
  const match = /\n( +)zh:\n\1 {2}text: [^\n]*\n\1 {2}translates: [^\n]*/.exec(text.slice(start));
  if (start < 0 || !match) throw new Error(`no zh translation after ${anchor}`);
  const at = start + match.index;
  return text.slice(0, at) + text.slice(at + match[0].length);
}

const at = (text: string, anchor: string, needle: string) => {
  const { line, column } = positionAfter(text, anchor, needle);
  return `catalog/errors.yaml:${line}:${column}`;
};

/** Generates a broken catalog; it must fail with these errors and write nothing. */
function expectRefused(catalog: string, expectedErrors: string[]) {
  const { root, catalogPath } = fixtureRoot(catalog);
  const run = generateInto(root);
  expect(run.status).toBe(1);
  const lines = run.stderr.trimEnd().split('\n');
  for (const error of expectedErrors) expect(lines).toContain(error);
  // Every error line is one we expect (warnings about stale translations may come along).
  expect(lines.filter((l) => /^catalog\/errors\.yaml:\d+:\d+: (?!warning:)/.test(l))).toEqual(
    expect.arrayContaining(expectedErrors),
  );
  expect(lines.filter((l) => /^catalog\/errors\.yaml:\d+:\d+: (?!warning:)/.test(l))).toHaveLength(
    expectedErrors.length,
  );
  expect(lines.at(-1)).toBe('Nothing was written.');
  expect(filesUnder(root)).toEqual(['catalog/errors.yaml']);
  expect(readFileSync(catalogPath, 'utf8')).toBe(catalog);
}

describe('the generator refuses a broken catalog, located, and writes nothing', () => {
  it('accepts the real catalog (the fixtures below differ from it in one place each)', () => {
    const { root } = fixtureRoot(real);
    const run = generateInto(root, '--strict');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(filesUnder(root)).toContain('packages/errors-i18n/locales/zh.json');
  });

  it('a code without text in one locale', () => {
    const anchor = '  - code: NoSuchBucket\n';
    const broken = withoutZh(real, anchor);
    expectRefused(broken, [
      `${at(broken, anchor, 'en: The bucket {bucket} does not exist.')}: text of NoSuchBucket is missing locale "zh"`,
    ]);
  });

  it('a variant without text in one locale', () => {
    const anchor = '      - id: acl\n';
    const broken = withoutZh(real, anchor);
    expectRefused(broken, [
      `${at(broken, anchor, 'en: The bucket {bucket} cannot be deleted')}: text of BucketNotEmpty.acl is missing locale "zh"`,
    ]);
  });

  it('placeholders that differ between locales', () => {
    const anchor = '  - code: NoSuchKey\n';
    const broken = replaceAfter(real, anchor, '指定的 Object {key} 不存在。', '指定的 Object 不存在。');
    expectRefused(broken, [
      `${at(broken, anchor, '指定的 Object 不存在。')}: zh text of NoSuchKey has placeholders none but en has {key}`,
    ]);
  });

  it('a placeholder the code does not declare', () => {
    const anchor = '  - code: AccessDenied\n';
    let broken = replaceAfter(real, anchor, 'to perform this operation.', 'to perform this operation on {bucket}.');
    broken = replaceAfter(broken, anchor, '执行此操作的权限。', '对 {bucket} 执行此操作的权限。');
    expectRefused(broken, [
      `${at(broken, anchor, 'Access denied.')}: en text of AccessDenied uses {bucket}, not declared in params`,
      `${at(broken, anchor, '访问被拒绝')}: zh text of AccessDenied uses {bucket}, not declared in params`,
    ]);
  });

  it('ICU quoting, which intl-messageformat would read differently', () => {
    const anchor = '  - code: InvalidBucketName\n';
    const broken = replaceAfter(
      real,
      anchor,
      'The bucket name {bucket} is not valid.',
      "The bucket name '{bucket}' is not valid.",
    );
    expectRefused(broken, [
      `${at(broken, anchor, "The bucket name '{bucket}'")}: en text of InvalidBucketName: an apostrophe before "{", "}" or another apostrophe is ICU quoting and would vanish in intl-messageformat; reword it or use ’`,
    ]);
  });
});

describe('a generated tree is complete', () => {
  it('the fixture root gets every locale bundle the real tree has', () => {
    const { root } = fixtureRoot(real);
    expect(generateInto(root).status).toBe(0);
    for (const locale of ['en', 'zh']) {
      const generated = readFileSync(join(root, `packages/errors-i18n/locales/${locale}.json`), 'utf8');
      expect(generated).toBe(readFileSync(new URL(`../locales/${locale}.json`, import.meta.url), 'utf8'));
    }
  });
});
