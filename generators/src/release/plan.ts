import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assembleReleasePlan from '@changesets/assemble-release-plan';
import { parse as parseConfig } from '@changesets/config';
import parseChangeset from '@changesets/parse';
import type { NewChangeset, VersionType } from '@changesets/types';
import { getPackagesSync } from '@manypkg/get-packages';
import { showFile } from '../diff/git.js';

/** A changeset file or config that changesets cannot read, named. */
export class ChangesetError extends Error {}

/** Runs one of changesets' readers, naming `file` in what it throws. */
function reading<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (cause) {
    throw new ChangesetError(`${file}: ${(cause as Error).message}`, { cause });
  }
}

/** A changeset file as changesets reads it. */
export function readChangeset(file: string, text: string): NewChangeset {
  return { id: file, ...reading(file, () => parseChangeset(text)) };
}

/**
 * What the changesets release, package → bump, as `changeset version` would: changesets' own
 * release plan over the workspace and `.changeset/config.json` (fixed groups, dependents).
 */
export function releasedBumps(root: string, changesets: NewChangeset[]): ReadonlyMap<string, VersionType> {
  const packages = getPackagesSync(root);
  const config = reading('.changeset/config.json', () =>
    parseConfig(JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8')), packages),
  );
  const plan = assembleReleasePlan(changesets, packages, config, undefined);
  return new Map(plan.releases.map((release) => [release.name, release.type]));
}

/** Each published package's API report (`pnpm api-report`), beside its package.json. */
export const REPORT_FILE = 'api-report.md';

/** The workspace's published (not private) packages: name and folder, by folder. */
export function publishedPackages(root: string): { name: string; dir: string }[] {
  return getPackagesSync(root)
    .packages.filter((p) => !p.packageJson.private)
    .map((p) => ({ name: p.packageJson.name, dir: p.dir }))
    .sort((a, b) => (a.dir < b.dir ? -1 : 1));
}

/** The changesets in the work tree that did not exist (unchanged) at `base`, each read. */
export function changesetsSince(root: string, base: string): NewChangeset[] {
  const dir = join(root, '.changeset');
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.md') && n !== 'README.md') : [];
  return names.sort().flatMap((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    return showFile(root, base, `.changeset/${name}`) === text ? [] : [readChangeset(`.changeset/${name}`, text)];
  });
}
