// Which packages a catalog edit reaches is computed by emitting both catalogs (src/diff/reach.ts):
// here, that the answer is the one the packages' generated files give, through the real emitters.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { diffCatalogs } from '../src/diff/diff.js';
import type { CatalogModel } from '../src/model/types.js';
import { EDITS } from './diff-edits.js';
import { readTiny, rootWithCatalog } from './helpers.js';

function load(text: string, displayPath = 'catalog/errors.yaml'): CatalogModel {
  const { catalog } = rootWithCatalog(text);
  return loadCatalog({ catalogPath: catalog, displayPath }).model;
}

const tiny = load(readTiny());
const reached = (name: string) =>
  Object.keys(diffCatalogs(tiny, load(EDITS.find((e) => e.name === name)!.edit(readTiny()))).packages);

describe('each edit reaches the packages whose generated files it changes', () => {
  it('notes: the published catalog and the OpenAPI fingerprint only', () => {
    expect(reached('notes')).toEqual(['@jss/error-codes', '@jss/errors-openapi']);
  });

  it('an alias: the lookups and the CLI, not the classes or the bundles', () => {
    expect(reached('alias added')).toEqual(['@jss/error-codes', '@jss/errors-cli', '@jss/errors-openapi']);
  });

  it('a renamed placeholder: the classes and the bundles too', () => {
    expect(reached('placeholder renamed')).toEqual([
      '@jss/error-codes',
      '@jss/errors',
      '@jss/errors-i18n',
      '@jss/errors-openapi',
    ]);
  });

  it("not every package because the sides' names differ (they head every generated file)", () => {
    const notes = EDITS.find((e) => e.name === 'notes')!.edit(readTiny());
    const diff = diffCatalogs(load(readTiny(), 'main (1a2b3c4)'), load(notes, 'work tree'));
    expect(Object.keys(diff.packages)).toEqual(['@jss/error-codes', '@jss/errors-openapi']);
  });

  it('nothing for a catalog and itself', () => {
    expect(diffCatalogs(tiny, load(readTiny())).packages).toEqual({});
  });
});
