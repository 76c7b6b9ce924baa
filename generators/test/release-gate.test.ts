import { describe, expect, it } from 'vitest';
import { ChangesetError, readChangeset, releasedBumps } from '../src/release/plan.js';
import { repoRoot } from './helpers.js';

describe('changesets, read by changesets', () => {
  it('reads every quoting changesets writes, and empty changesets', () => {
    const entry = readChangeset(
      'a.md',
      `---\n"@jss/errors": major\n'@jss/error-codes': minor\nplain-name: patch\n---\n\nText.\n`,
    );
    expect(entry.releases).toEqual([
      { name: '@jss/errors', type: 'major' },
      { name: '@jss/error-codes', type: 'minor' },
      { name: 'plain-name', type: 'patch' },
    ]);
    expect(readChangeset('b.md', '---\n---\n').releases).toEqual([]);
  });

  it('refuses what changesets cannot read, naming the file', () => {
    expect(() => readChangeset('c.md', '---\n"@jss/errors": huge\n---\n')).toThrow(/^c\.md: /);
    expect(() => readChangeset('d.md', 'no fence\n')).toThrow(ChangesetError);
  });
});

describe("the release plan is changesets' own", () => {
  const release = (releases: Record<string, 'major' | 'minor' | 'patch'>) =>
    releasedBumps(repoRoot, [
      { id: 'x', summary: '', releases: Object.entries(releases).map(([name, type]) => ({ name, type })) },
    ]);

  it("a fixed group of this repository's config releases every member at its highest bump", () => {
    const plan = release({ '@jss/errors': 'major', '@jss/errors-server': 'patch' });
    expect(plan.get('@jss/errors-server')).toBe('major');
    expect(plan.get('@jss/error-codes')).toBe('major');
    expect(plan.get('@jss/generators') ?? 'none').toBe('none');
  });

  it('releases nothing without changesets', () => {
    expect([...release({}).values()].every((type) => type === 'none')).toBe(true);
  });
});
