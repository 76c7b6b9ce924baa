// The diff's table of where each kind of change lands (src/diff/targets.ts) against the real
// emitters: for every single-class edit, the targets whose generated files change are exactly
// the ones its changes name.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { diffCatalogs } from '../src/diff/diff.js';
import { emitters } from '../src/emitters/index.js';
import type { CatalogModel } from '../src/model/types.js';
import { EDITS } from './diff-edits.js';
import { readTiny, repoRoot, rootWithCatalog } from './helpers.js';

const schemaPath = `${repoRoot}/catalog/schema.json`;

function load(text: string): CatalogModel {
  const { catalog } = rootWithCatalog(text);
  return loadCatalog({ catalogPath: catalog, displayPath: 'catalog/errors.yaml', schemaPath }).model;
}

const emit = (model: CatalogModel) =>
  new Map(emitters.flatMap((e) => e.emit(model)).map((f) => [f.path, f.content] as const));

/** `packages/errors-i18n/…` → `@jss/errors-i18n`; `docs/…` → `docs`. */
const targetOf = (path: string) => (path.startsWith('docs/') ? 'docs' : `@jss/${path.split('/')[1]}`);

function changedTargets(before: CatalogModel, after: CatalogModel): string[] {
  const [a, b] = [emit(before), emit(after)];
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...new Set([...paths].filter((p) => a.get(p) !== b.get(p)).map(targetOf))].sort();
}

const tiny = load(readTiny());

describe('each change names the targets whose generated files it changes', () => {
  for (const edit of EDITS) {
    it(edit.name, () => {
      const after = load(edit.edit(readTiny()));
      const named = [...new Set(diffCatalogs(tiny, after).changes.flatMap((c) => c.targets))].sort();
      expect(named).toEqual(changedTargets(tiny, after));
    });
  }
});
