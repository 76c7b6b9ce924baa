import { spawnSync } from 'node:child_process';

/** Runs git in `cwd`; `undefined` when it fails (not a repository, no such ref). */
export function git(cwd: string, args: readonly string[]): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  return result.status === 0 ? result.stdout : undefined;
}

export const commitOf = (cwd: string, ref: string) =>
  git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])?.trim();

/** The branch main as this clone knows it: `origin/main` when fetched, else `main`. */
export function mainRef(cwd: string): string | undefined {
  return ['origin/main', 'main'].find((ref) => commitOf(cwd, ref) !== undefined);
}

/** Where this checkout forked from main; `undefined` without a main. */
export function mergeBaseWithMain(cwd: string): { ref: string; commit: string } | undefined {
  const ref = mainRef(cwd);
  const commit = ref && git(cwd, ['merge-base', 'HEAD', ref])?.trim();
  return ref && commit ? { ref, commit } : undefined;
}

/** A file's text at a commit; `undefined` when the commit has no such file. */
export const showFile = (cwd: string, commit: string, path: string) => git(cwd, ['show', `${commit}:${path}`]);
