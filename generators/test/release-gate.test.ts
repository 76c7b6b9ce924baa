import { describe, expect, it } from 'vitest';
import { FrontMatterError, parseChangeset } from '../src/release/front-matter.js';
import { releasedBump, shortfalls } from '../src/release/required-bump.js';

describe('changeset front matter', () => {
  it('reads every quoting changesets writes, and empty changesets', () => {
    const entry = parseChangeset(
      'a.md',
      `---\n"@jss/errors": major\n'@jss/error-codes': minor\nplain-name: patch\n---\n\nText.\n`,
    );
    expect([...entry.releases]).toEqual([
      ['@jss/errors', 'major'],
      ['@jss/error-codes', 'minor'],
      ['plain-name', 'patch'],
    ]);
    expect(parseChangeset('b.md', '---\n---\n').releases.size).toBe(0);
  });

  it('refuses what it cannot read, with the line', () => {
    expect(() => parseChangeset('c.md', '---\n"@jss/errors": huge\n---\n')).toThrow(/c\.md:2: expected/);
    expect(() => parseChangeset('d.md', 'no fence\n')).toThrow(FrontMatterError);
    expect(() => parseChangeset('e.md', '---\n"@jss/errors": major\n')).toThrow(/no closing/);
  });
});

describe('required bump', () => {
  const groups = [['@jss/error-codes', '@jss/errors', '@jss/errors-server']];
  const changeset = (releases: Record<string, 'major' | 'minor' | 'patch'>) => ({
    file: 'x.md',
    releases: new Map(Object.entries(releases)),
  });

  it('a fixed group releases every member at its highest bump', () => {
    expect(releasedBump('@jss/errors-server', [changeset({ '@jss/errors': 'major' })], groups)).toBe('major');
    expect(releasedBump('@jss/other', [changeset({ '@jss/errors': 'major' })], groups)).toBe('none');
  });

  it('names each package the changesets release too little', () => {
    const need = { '@jss/errors': 'major', '@jss/errors-i18n': 'patch' } as const;
    expect(shortfalls(need, [changeset({ '@jss/error-codes': 'minor' })], groups)).toEqual([
      { pkg: '@jss/errors', need: 'major', have: 'minor' },
      { pkg: '@jss/errors-i18n', need: 'patch', have: 'none' },
    ]);
    expect(shortfalls(need, [changeset({ '@jss/error-codes': 'major', '@jss/errors-i18n': 'minor' })], groups)).toEqual(
      [],
    );
  });
});
