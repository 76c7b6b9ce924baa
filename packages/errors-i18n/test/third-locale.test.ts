import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatJssError, type JssMessageBundle } from '@jss/errors-i18n';
import en from '@jss/errors-i18n/locales/en';
import enJson from '@jss/errors-i18n/locales/en.json' with { type: 'json' };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument } from 'yaml';
import { fixtureRoot, generateInto, realCatalogText, removeFixtureRoots } from './support/generator.js';

afterAll(removeFixtureRoots);

const hashOf = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
const french = (en: string) => `FR ${en}`;

/**
 * The real catalog plus a `fr` column: in locales.all, and a translation beside every `zh` one,
 * wherever a text is (codes, variants, causes and fixes, labels, status-default notes).
 */
function withFrench(text: string): string {
  const doc = parseDocument(text);
  const all = doc.getIn(['locales', 'all'], true);
  if (!isSeq(all)) throw new Error('locales.all is not a list');
  all.add(doc.createNode('fr'));
  let added = 0;
  const visit = (node: unknown): void => {
    if (isSeq(node)) node.items.forEach(visit);
    if (!isMap(node)) return;
    const source = node.get('en');
    // A text: the source a string, each translation { text, translates } (a page's description is not one).
    if (typeof source === 'string' && isMap(node.get('zh', true))) {
      node.set('fr', doc.createNode({ text: french(source), translates: hashOf(source) }));
      added++;
      return;
    }
    for (const pair of node.items) visit(pair.value);
  };
  visit(doc.contents);
  if (added === 0) throw new Error('no text found to translate');
  return doc.toString();
}

describe('a third locale needs only a catalog column', () => {
  let root: string;
  let warnings: readonly unknown[];
  beforeAll(async () => {
    ({ root } = fixtureRoot(withFrench(realCatalogText())));
    ({ warnings } = await generateInto(root, { strict: true }));
  });
  const read = (path: string) => readFileSync(join(root, path), 'utf8');

  it('generates without a warning', () => {
    expect(warnings).toEqual([]);
  });

  it('writes a fr JSON bundle with every key of the en bundle, each translated', () => {
    const fr = JSON.parse(read('packages/errors-i18n/locales/fr.json')) as Record<string, string>;
    expect(Object.keys(fr)).toEqual(Object.keys(enJson));
    for (const [key, text] of Object.entries(enJson)) {
      // The unknown-code sentence is a catalog label like any other text.
      expect(fr[key]).toBe(french(text));
    }
  });

  it('adds fr to the locale list, the all-locales module and the package entries', () => {
    expect(read('packages/errors-i18n/src/generated/meta.ts')).toMatch(/export type JssLocale = 'en' \| 'zh' \| 'fr';/);
    expect(read('packages/errors-i18n/src/generated/all.ts')).toContain("import fr from './locales/fr.js';");
    // tsup.config.ts builds one entry per file of this folder.
    expect(existsSync(join(root, 'packages/errors-i18n/src/generated/locales/fr.ts'))).toBe(true);
  });

  it('the generated fr module is a bundle the formatter negotiates and fills', async () => {
    const module = (await import(
      pathToFileURL(join(root, 'packages/errors-i18n/src/generated/locales/fr.ts')).href
    )) as { default: JssMessageBundle };
    const fr = module.default;
    expect(fr.locale).toBe('fr');
    const bundles = [en, fr];
    expect(formatJssError('NoSuchBucket', { locale: 'fr-CH, en;q=0.5', bundles, params: { bucket: 'photos' } })).toBe(
      'FR The bucket photos does not exist.',
    );
    expect(formatJssError({ code: 'BucketNotEmpty', variant: 'acl' }, { locale: 'fr', bundles })).toBe(
      french(enJson.BucketNotEmpty_acl).replace(' {bucket}', ''),
    );
    expect(formatJssError('NoSuchBucket', { locale: 'de', bundles, params: { bucket: 'photos' } })).toBe(
      'The bucket photos does not exist.',
    );
  });

  it('reaches every other artifact: the reference and both OpenAPI documents', () => {
    const reference = read('docs/errors.fr.md');
    expect(reference).toContain('# FR JSS error responses');
    expect(reference).toContain(`FR ${enJson.NoSuchBucket}`);
    for (const file of ['openapi.json', 'openapi-3.0.json']) {
      const document = read(`packages/errors-openapi/openapi/${file}`);
      expect(document).toContain('"x-jss-description-fr": "FR ');
    }
  });
});
