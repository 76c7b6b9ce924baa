import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogError, formatDiagnostic } from '../src/catalog/diagnostic.js';
import { acceptCatalogTranslations, generate } from '../src/generate.js';
import { sourceHash } from '../src/text/source-hash.js';
import { listFiles, readTiny, rootWithCatalog } from './helpers.js';

/** Replaces exactly one occurrence, so a fixture edit that stops matching fails loudly. */
function edit(text: string, from: string, to: string): string {
  if (text.split(from).length !== 2) throw new Error(`expected one ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

const EN = 'Please reduce your request rate.';
const NEW_EN = 'Please slow down your requests.';
/** SlowDown's English text changed; its zh translation (and nothing else) is now stale. */
const staleTiny = () => edit(readTiny(), `en: ${EN}\n`, `en: ${NEW_EN}\n`);

function diagnosticsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof CatalogError) return error.diagnostics.map(formatDiagnostic);
    throw error;
  }
  return [];
}

describe('stale translations', () => {
  it('are a warning by default, located at the recorded hash, and the files are still generated', () => {
    const { root, catalog } = rootWithCatalog(staleTiny());
    const result = generate({ catalog, out: root });
    const warnings = result.warnings.map(formatDiagnostic);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`it translates an earlier en text (${sourceHash(EN)}, now ${sourceHash(NEW_EN)})`);
    expect(listFiles(root).length).toBeGreaterThan(1);
  });

  it('are an error with strict, and nothing is written', () => {
    const { root, catalog } = rootWithCatalog(staleTiny());
    const before = listFiles(root);
    expect(diagnosticsOf(() => generate({ catalog, out: root, strict: true })).join('\n')).toContain('is stale');
    expect(listFiles(root)).toEqual(before);
  });
});

describe('accepting translations', () => {
  it('rewrites only the stale hash, keeps every other byte, and then strict passes', () => {
    const { root, catalog } = rootWithCatalog(staleTiny());
    const before = readFileSync(catalog, 'utf8');
    const accepted = acceptCatalogTranslations({ catalog, out: root });
    expect(accepted.map((a) => [a.label, a.locale, a.from, a.to])).toEqual([
      ['SlowDown', 'zh', sourceHash(EN), sourceHash(NEW_EN)],
    ]);
    expect(readFileSync(catalog, 'utf8')).toBe(before.replace(sourceHash(EN), sourceHash(NEW_EN)));
    expect(() => generate({ catalog, out: root, strict: true })).not.toThrow();
  });

  it('finds every kind of text: causes and fixes, labels, status-default notes', () => {
    const changed = edit(
      edit(readTiny(), 'en: Back off and retry.\n', 'en: Wait, then retry.\n'),
      'en: The only 404 code here.\n',
      'en: The one 404 code here.\n',
    );
    const { root, catalog } = rootWithCatalog(changed);
    const labels = acceptCatalogTranslations({ catalog, out: root }).map((a) => a.label);
    expect(labels).toHaveLength(2);
    expect(labels.some((l) => l.startsWith('SlowDown'))).toBe(true);
    expect(labels.some((l) => l.startsWith('statusDefaults'))).toBe(true);
    expect(() => generate({ catalog, out: root, strict: true })).not.toThrow();
  });

  it('finds deprecation reasons and retired codes (their text and reason), and --code selects a retired one', () => {
    let changed = edit(readTiny(), 'when it is busy; match that code.', 'when busy; match that code.');
    changed = edit(changed, 'is not in a state that allows the request.', 'is in no state that allows it.');
    changed = edit(changed, 'deleting a bucket that is not empty.', 'deleting a non-empty bucket.');
    const { root, catalog } = rootWithCatalog(changed);
    expect(diagnosticsOf(() => generate({ catalog, out: root, strict: true })).join('\n')).toContain('is stale');
    const retiredOnly = acceptCatalogTranslations({ catalog, out: root, code: 'InvalidBucketState' });
    expect(retiredOnly.map((a) => a.label).sort()).toEqual(['InvalidBucketState', 'InvalidBucketState.reason']);
    const rest = acceptCatalogTranslations({ catalog, out: root }).map((a) => a.label);
    expect(rest).toEqual(['ServiceUnavailable.deprecated.reason']);
    expect(() => generate({ catalog, out: root, strict: true })).not.toThrow();
  });

  it('rewrites a hash written as a block scalar without breaking the catalog', () => {
    const hash = sourceHash(EN);
    const block = edit(staleTiny(), `translates: "${hash}"\n`, `translates: >-\n          ${hash}\n`);
    const { root, catalog } = rootWithCatalog(block);
    // The block scalar is a valid way to write the hash: the catalog loads, with one stale warning.
    expect(generate({ catalog, out: root, check: true }).warnings).toHaveLength(1);
    acceptCatalogTranslations({ catalog, out: root });
    expect(readFileSync(catalog, 'utf8')).toContain(`translates: "${sourceHash(NEW_EN)}"\n`);
    expect(() => generate({ catalog, out: root, strict: true })).not.toThrow();
  });

  it('limited to another code, leaves the stale translation stale', () => {
    const { root, catalog } = rootWithCatalog(staleTiny());
    expect(acceptCatalogTranslations({ catalog, out: root, code: 'NoSuchBucket' })).toEqual([]);
    expect(diagnosticsOf(() => generate({ catalog, out: root, strict: true })).join('\n')).toContain('is stale');
  });
});
