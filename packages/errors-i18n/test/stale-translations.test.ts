import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

/** What FORMAT.md says a translation records: the first 8 hex digits of sha256(en text). */
const hashOf = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);

const real = realCatalogText();
const BUCKET = '  - code: NoSuchBucket\n';
const OLD_EN = 'The bucket {bucket} does not exist.';
const NEW_EN = 'The bucket {bucket} was not found.';
const ACL = '      - id: acl\n';
const OLD_ACL_EN = 'The bucket {bucket} cannot be deleted because it still has an ACL that has not been deleted.';
const NEW_ACL_EN = 'The bucket {bucket} still has an ACL, so it cannot be deleted.';

/** The hash a translation records, read from the text after `anchor`. */
function recordedHash(text: string, anchor: string): string {
  const match = /translates: "([0-9a-f]{8})"/.exec(text.slice(text.indexOf(anchor)));
  if (!match) throw new Error(`no translates after ${anchor}`);
  return match[1]!;
}

/** The real catalog with NoSuchBucket's English changed and its Chinese not. */
const staleCatalog = replaceAfter(real, BUCKET, `en: ${OLD_EN}`, `en: ${NEW_EN}`);
const oldHash = recordedHash(real, BUCKET);
const staleAt = positionAfter(staleCatalog, BUCKET, `"${oldHash}"`);
const staleMessage = `zh text of NoSuchBucket is stale: it translates an earlier en text (${oldHash}, now ${hashOf(NEW_EN)}); check it, then run \`pnpm generate --accept-translations\``;

describe('stale translations', () => {
  it('the real catalog records the hash of each current English text', () => {
    expect(oldHash).toBe(hashOf(OLD_EN));
    expect(recordedHash(real, ACL)).toBe(hashOf(OLD_ACL_EN));
  });

  it('are a warning by default, located at the recorded hash; generation goes on', () => {
    const { root } = fixtureRoot(staleCatalog);
    const run = generateInto(root);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`catalog/errors.yaml:${staleAt.line}:${staleAt.column}: warning: ${staleMessage}\n`);
    expect(JSON.parse(readFileSync(`${root}/packages/errors-i18n/locales/en.json`, 'utf8')).NoSuchBucket).toBe(NEW_EN);
  });

  it('are an error with --strict, and nothing is written', () => {
    const { root } = fixtureRoot(staleCatalog);
    const run = generateInto(root, '--strict');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `catalog/errors.yaml:${staleAt.line}:${staleAt.column}: ${staleMessage}\nNothing was written.\n`,
    );
    expect(filesUnder(root)).toEqual(['catalog/errors.yaml']);
  });

  it('of a variant are caught too', () => {
    const catalog = replaceAfter(real, ACL, OLD_ACL_EN, NEW_ACL_EN);
    const { root } = fixtureRoot(catalog);
    const run = generateInto(root, '--strict');
    const where = positionAfter(catalog, ACL, `"${recordedHash(real, ACL)}"`);
    expect(run.stderr).toContain(
      `catalog/errors.yaml:${where.line}:${where.column}: zh text of BucketNotEmpty.acl is stale`,
    );
    expect(run.status).toBe(1);
  });
});

describe('--accept-translations', () => {
  it('rewrites only the stale hash, keeps every other byte, and then --strict passes', () => {
    const { root, catalogPath } = fixtureRoot(staleCatalog);
    const run = generateInto(root, '--accept-translations', '--locale', 'zh', '--code', 'NoSuchBucket');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `catalog/errors.yaml:${staleAt.line}:${staleAt.column}: accepted zh translation of NoSuchBucket (${oldHash} → ${hashOf(NEW_EN)})\n`,
    );
    expect(run.stdout).toContain('accept-translations: 1 translation accepted.\n');
    expect(run.stderr).toBe('');
    const after = readFileSync(catalogPath, 'utf8');
    expect(after).toBe(
      replaceAfter(staleCatalog, BUCKET, `translates: "${oldHash}"`, `translates: "${hashOf(NEW_EN)}"`),
    );
    expect(generateInto(root, '--strict')).toMatchObject({ status: 0, stderr: '' });
  });

  it('without filters accepts every stale translation, codes and variants', () => {
    const catalog = replaceAfter(staleCatalog, ACL, OLD_ACL_EN, NEW_ACL_EN);
    const { root, catalogPath } = fixtureRoot(catalog);
    const run = generateInto(root, '--accept-translations');
    expect(run.stdout).toContain('accepted zh translation of NoSuchBucket');
    expect(run.stdout).toContain(
      `accepted zh translation of BucketNotEmpty.acl (${recordedHash(real, ACL)} → ${hashOf(NEW_ACL_EN)})`,
    );
    expect(run.stdout).toContain('accept-translations: 2 translations accepted.\n');
    expect(
      readFileSync(catalogPath, 'utf8')
        .split('\n')
        .filter((line, i) => line !== catalog.split('\n')[i]),
    ).toEqual([
      // Catalog order: BucketNotEmpty (and its variant) comes before NoSuchBucket.
      `            translates: "${hashOf(NEW_ACL_EN)}"`,
      `        translates: "${hashOf(NEW_EN)}"`,
    ]);
    expect(generateInto(root, '--strict').status).toBe(0);
  });

  it('limited to another code, leaves the stale translation stale', () => {
    const { root, catalogPath } = fixtureRoot(staleCatalog);
    const run = generateInto(root, '--accept-translations', '--code', 'NoSuchKey');
    expect(run.stdout).toContain('accept-translations: 0 translations accepted.\n');
    expect(run.stderr).toContain(`warning: ${staleMessage}`);
    expect(readFileSync(catalogPath, 'utf8')).toBe(staleCatalog);
  });

  it('refuses a filter that matches nothing in the catalog, and the source locale', () => {
    const { root, catalogPath } = fixtureRoot(staleCatalog);
    expect(generateInto(root, '--accept-translations', '--code', 'NoSuchThing')).toMatchObject({
      status: 1,
      stderr: 'accept-translations: no code "NoSuchThing" in the catalog\nNothing was written.\n',
    });
    expect(generateInto(root, '--accept-translations', '--locale', 'en')).toMatchObject({
      status: 1,
      stderr:
        'accept-translations: "en" is the source locale; only translations record what they translate\nNothing was written.\n',
    });
    expect(generateInto(root, '--accept-translations', '--locale', 'fr').stderr).toContain(
      'locale "fr" is not listed in locales.all (en, zh)',
    );
    expect(generateInto(root, '--locale', 'zh').status).toBe(2);
    expect(generateInto(root, '--accept-translations', '--check').status).toBe(2);
    expect(readFileSync(catalogPath, 'utf8')).toBe(staleCatalog);
    expect(filesUnder(root)).toEqual(['catalog/errors.yaml']);
  });
});
