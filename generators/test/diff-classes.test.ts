import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { diffCatalogs } from '../src/diff/diff.js';
import type { CatalogModel, ErrorModel, RetiredModel } from '../src/model/types.js';
import { EDITS } from './diff-edits.js';
import { readTiny, rootWithCatalog } from './helpers.js';

function load(text: string): CatalogModel {
  const { catalog } = rootWithCatalog(text);
  return loadCatalog({ catalogPath: catalog, displayPath: 'catalog/errors.yaml' }).model;
}

const tiny = load(readTiny());

describe('diff classifies each class of change', () => {
  it('finds nothing between a catalog and itself', () => {
    expect(diffCatalogs(tiny, load(readTiny())).changes).toEqual([]);
  });

  for (const edit of EDITS) {
    it(edit.name, () => {
      const diff = diffCatalogs(tiny, load(edit.edit(readTiny())));
      expect(diff.changes.map((c) => c.kind).sort()).toEqual([...edit.kinds].sort());
      expect(Object.keys(diff.packages)).toContain('@jss/error-codes');
    });
  }

  it('reports a renamed placeholder as a rename, breaking for the packages that type it', () => {
    const renamed = EDITS.find((e) => e.name === 'placeholder renamed')!;
    const diff = diffCatalogs(tiny, load(renamed.edit(readTiny())));
    const rename = diff.changes.find((c) => c.kind === 'param.renamed')!;
    expect(rename).toMatchObject({
      code: 'NoSuchBucket',
      impact: 'breaking',
      what: 'placeholder {bucket} renamed to {bucketName}',
    });
    expect(Object.keys(diff.packages)).toEqual(expect.arrayContaining(['@jss/errors', '@jss/errors-i18n']));
    expect(diff.impact).toBe('breaking');
    expect(diff.packages['@jss/errors']?.impact).toBe('breaking');
  });

  it('is symmetric in kind for additions and removals', () => {
    const added = EDITS.find((e) => e.name === 'code added')!;
    const bigger = load(added.edit(readTiny()));
    expect(diffCatalogs(bigger, tiny).changes.map((c) => [c.kind, c.impact, c.code])).toEqual([
      ['code.removed', 'breaking', 'NoSuchKey'],
    ]);
  });
});

describe('lifecycle fields, read when the model has them', () => {
  const withError = (model: CatalogModel, code: string, patch: object): CatalogModel => ({
    ...model,
    errors: model.errors.map((e): ErrorModel => (e.code === code ? ({ ...e, ...patch } as ErrorModel) : e)),
  });

  it('a deprecation added is minor', () => {
    const deprecated = withError(tiny, 'SlowDown', {
      deprecated: { since: '0.3.0', replacement: 'ServiceUnavailable', reason: { en: 'Merged.', zh: '已合并。' } },
    });
    const diff = diffCatalogs(tiny, deprecated);
    expect(diff.changes).toMatchObject([
      {
        kind: 'deprecation.added',
        impact: 'minor',
        code: 'SlowDown',
        what: 'deprecated since 0.3.0, use ServiceUnavailable',
      },
    ]);
    expect(diff.impact).toBe('minor');
  });

  it("a variant's deprecation is compared like a code's, and names the variant", () => {
    const deprecatedVariant = tiny.errors.flatMap((e) =>
      e.variants.filter((v) => v.deprecated).map((v) => [e, v] as const),
    )[0];
    expect(deprecatedVariant).toBeDefined();
    const [error, variant] = deprecatedVariant!;
    const lifted: CatalogModel = {
      ...tiny,
      errors: tiny.errors.map((e) =>
        e !== error
          ? e
          : { ...e, variants: e.variants.map((v) => (v === variant ? { ...v, deprecated: undefined } : v)) },
      ),
    };
    expect(diffCatalogs(tiny, lifted).changes).toMatchObject([
      { kind: 'deprecation.removed', impact: 'minor', code: error.code, variant: variant.id },
    ]);
    expect(diffCatalogs(lifted, tiny).changes).toMatchObject([
      { kind: 'deprecation.added', impact: 'minor', code: error.code, variant: variant.id },
    ]);
  });

  it('a code retired is breaking, whether it leaves the list or stays for lookups', () => {
    const internal = tiny.errors.find((e) => e.code === 'InternalError')!;
    const retired: RetiredModel = {
      code: internal.code,
      httpStatus: internal.httpStatus,
      message: internal.message,
      text: internal.text,
      params: internal.params,
      since: '2026-06-01',
      reason: { en: 'Gone.', zh: '已停用。' },
      aliases: internal.aliases,
      lookupKeys: internal.lookupKeys,
      messageKey: internal.messageKey,
      docPath: internal.docPath,
    };
    const gone: CatalogModel = {
      ...tiny,
      errors: tiny.errors.filter((e) => e.code !== 'InternalError'),
      retired: [...tiny.retired, retired],
    };
    expect(diffCatalogs(tiny, gone).changes.map((c) => [c.kind, c.impact, c.code])).toEqual([
      ['code.retired', 'breaking', 'InternalError'],
    ]);
    const kept: CatalogModel = { ...tiny, retired: [...tiny.retired, retired] };
    expect(diffCatalogs(tiny, kept).changes.map((c) => c.kind)).toEqual(['code.retired']);
  });

  it('a locale added is minor and does not show as a change of every text', () => {
    const fr: CatalogModel = { ...tiny, locales: { source: 'en', all: [...tiny.locales.all, 'fr'] } };
    expect(diffCatalogs(tiny, fr).changes.map((c) => [c.kind, c.impact])).toEqual([['locale.added', 'minor']]);
  });

  it('a field the diff does not know yet is reported, not ignored', () => {
    const docUrl = withError(tiny, 'SlowDown', { docUrl: 'https://example.com/SlowDown' });
    expect(diffCatalogs(tiny, docUrl).changes).toMatchObject([{ kind: 'field.changed', what: 'docUrl changed' }]);
  });

  it("a placeholder's field the diff does not know yet is reported, beside the code's other changes", () => {
    const bucket = tiny.errors.find((e) => e.code === 'NoSuchBucket')!;
    const moved = withError(tiny, 'NoSuchBucket', {
      httpStatus: 410,
      params: bucket.params.map((p) => (p.name === 'bucket' ? { ...p, element: 'BucketName' } : p)),
    });
    expect(diffCatalogs(tiny, moved).changes.map((c) => [c.kind, c.what])).toEqual([
      ['status.changed', 'status 404 → 410'],
      ['field.changed', 'placeholder {bucket} element changed'],
    ]);
  });
});
