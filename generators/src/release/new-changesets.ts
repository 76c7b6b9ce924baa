import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { showFile } from '../diff/git.js';
import { type ChangesetEntry, parseChangeset } from './front-matter.js';

/** Changesets in the work tree, each parsed, and whether it already existed (unchanged) at `base`. */
export function changesetsSince(root: string, base: string | undefined): { fresh: ChangesetEntry[]; old: string[] } {
  const dir = join(root, '.changeset');
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.md') && n !== 'README.md')
        .sort()
    : [];
  const fresh: ChangesetEntry[] = [];
  const old: string[] = [];
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (base !== undefined && showFile(root, base, `.changeset/${name}`) === text) old.push(name);
    else fresh.push(parseChangeset(`.changeset/${name}`, text));
  }
  return { fresh, old };
}
