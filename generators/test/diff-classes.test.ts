import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { diffCatalogs } from '../src/diff/diff.js';
import { bumpOf } from '../src/diff/kinds.js';
import type { CatalogModel, ErrorModel, RetiredModel, ValueRule } from '../src/model/types.js';
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

describe('retry conditions, value rules and examples: named per code, at the bump a consumer needs', () => {
  // The bumps are written here, not read from the kind table: a wrong entry there fails.
  const cases = [
    ['retryWhen added', 'SlowDown', 'major', 'retry needs first: nothing → clockCorrected'],
    ['retryWhen removed', 'InternalError', 'major', 'retry needs first: clockCorrected → nothing'],
    [
      'constraint tightened',
      'BucketNotEmpty',
      'major',
      'rule of {bucket}: length 3–63, pattern "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$" → length 3–50, pattern "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"',
    ],
    [
      'constraint relaxed',
      'BucketNotEmpty',
      'minor',
      'rule of {bucket}: length 3–63, pattern "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$" → length 1–63, pattern "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"',
    ],
    ['example changed', 'NoSuchBucket', 'patch', 'placeholder {bucketRegion} example "cn-north-1" → "cn-east-2"'],
  ] as const;
  for (const [name, code, bump, what] of cases)
    it(`${name}: ${bump}`, () => {
      const diff = diffCatalogs(tiny, load(EDITS.find((e) => e.name === name)!.edit(readTiny())));
      expect(diff.changes.map((c) => [c.code, c.what])).toEqual([[code, what]]);
      expect(bumpOf(diff.impact!)).toBe(bump);
    });

  const rule = (constraints: Record<string, ValueRule>) =>
    ({
      ...tiny,
      errors: tiny.errors.map((e) => (e.code === 'BucketNotEmpty' ? { ...e, constraints } : e)),
    }) as CatalogModel;
  const kindOf = (before: Record<string, ValueRule>, after: Record<string, ValueRule>) =>
    diffCatalogs(rule(before), rule(after)).changes.map((c) => c.kind);

  it('a rule added, a bound narrowed or a pattern changed tightens; the reverse relaxes', () => {
    expect(kindOf({}, { bucket: { maxLength: 63 } })).toEqual(['constraint.tightened']);
    expect(kindOf({ bucket: { maxLength: 63 } }, {})).toEqual(['constraint.relaxed']);
    expect(kindOf({ bucket: { minLength: 3 } }, { bucket: { minLength: 3, pattern: '^a$' } })).toEqual([
      'constraint.tightened',
    ]);
    expect(kindOf({ bucket: { pattern: '^a$' } }, { bucket: { pattern: '^b$' } })).toEqual(['constraint.tightened']);
    expect(kindOf({ bucket: { pattern: '^a$' } }, { bucket: {} })).toEqual(['constraint.relaxed']);
    // Wider on one side, narrower on the other: some value taken before is refused now.
    expect(kindOf({ bucket: { minLength: 3, maxLength: 63 } }, { bucket: { minLength: 4, maxLength: 99 } })).toEqual([
      'constraint.tightened',
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

  it("a variant's field the diff does not know yet is reported, naming the variant", () => {
    const code = tiny.errors.find((e) => e.variants.length > 0)!;
    const variant = code.variants[0]!;
    const linked = withError(tiny, code.code, {
      variants: code.variants.map((v) => (v === variant ? { ...v, docUrl: 'https://example.com/v' } : v)),
    });
    expect(diffCatalogs(tiny, linked).changes).toMatchObject([
      { kind: 'field.changed', code: code.code, variant: variant.id, what: `variant ${variant.id} docUrl changed` },
    ]);
  });

  it("a code's field the diff does not know yet is reported beside its other changes", () => {
    const both = withError(tiny, 'SlowDown', { httpStatus: 503, docUrl: 'https://example.com/SlowDown' });
    expect(diffCatalogs(tiny, both).changes.map((c) => [c.kind, c.what])).toEqual([
      ['status.changed', 'status 400 → 503'],
      ['field.changed', 'docUrl changed'],
    ]);
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
