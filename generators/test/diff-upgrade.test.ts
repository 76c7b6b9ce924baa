import { describe, expect, it } from 'vitest';
import { diffCatalogs } from '../src/diff/diff.js';
import { loadSides, previousModel, SideError } from '../src/diff/side.js';
import type { CatalogModel } from '../src/model/types.js';
import { edit, olderFormat } from './diff-edits.js';
import { readTiny } from './helpers.js';

const head = { label: 'work tree', text: readTiny() };

describe('diff against a base in an older catalog format', () => {
  it('compares what both sides have, the facts the base predates read as the head’s', () => {
    const base = {
      label: 'v1',
      text: olderFormat(edit(readTiny(), 'The specified bucket does not exist.', 'No such bucket.')),
    };
    const loaded = loadSides(base, head);
    expect(loaded.label).toBe("v1 (older format: 3 facts it lacks read as the head's)");
    const changes = diffCatalogs(loaded.base, loaded.head).changes;
    expect(changes.map((c) => [c.kind, c.code])).toEqual([['message.changed', 'NoSuchBucket']]);
  });

  it('loads a base in today’s format as it is', () => {
    expect(loadSides({ label: 'v2', text: readTiny() }, head).label).toBe('v2');
  });

  it('still refuses a base that no fact of the head can complete, naming it', () => {
    const broken = edit(olderFormat(readTiny()), /^ {4}httpStatus: 404\n/m, '');
    const renamed = edit(broken, '- code: NoSuchBucket', '- code: NoSuchBuckets');
    expect(() => loadSides({ label: 'v0', text: renamed }, head)).toThrow(SideError);
    expect(() => loadSides({ label: 'v0', text: renamed }, head)).toThrow(/v0 .*does not pass today's catalog rules/);
  });

  it('gives generate its summary since a published copy in an older format', () => {
    const now = loadSides(head, head).head;
    const published = olderFormat(edit(readTiny(), 'The specified bucket does not exist.', 'No such bucket.'));
    const before = previousModel({ label: 'packages/error-codes/catalog/errors.yaml', text: published }, now);
    expect('none' in before).toBe(false);
    expect(diffCatalogs(before as CatalogModel, now).changes.map((c) => c.kind)).toEqual(['message.changed']);
  });
});
