import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NewChangeset } from '@changesets/types';
import { showFile } from '../diff/git.js';
import { readChangeset } from './plan.js';

/** Changesets in the work tree, each read, and whether it already existed (unchanged) at `base`. */
export function changesetsSince(root: string, base: string | undefined): { fresh: NewChangeset[]; old: string[] } {
  const dir = join(root, '.changeset');
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.md') && n !== 'README.md')
        .sort()
    : [];
  const fresh: NewChangeset[] = [];
  const old: string[] = [];
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (base !== undefined && showFile(root, base, `.changeset/${name}`) === text) old.push(name);
    else fresh.push(readChangeset(`.changeset/${name}`, text));
  }
  return { fresh, old };
}
