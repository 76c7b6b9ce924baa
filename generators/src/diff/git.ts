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

/**
 * What a catalog edit is compared with unless told (the diff, the changeset, the CI gate). A
 * branch: where it forked from main. main's own tip (CI's clean clone of main): HEAD itself, so
 * only uncommitted edits count; the commits were checked on their branches. No main in the clone
 * (a single-branch clone): the previous commit. Nothing at all: `none`, saying why.
 */
export function defaultBase(cwd: string): { commit: string; label: string } | { none: string } {
  const head = commitOf(cwd, 'HEAD');
  if (!head) return { none: 'not a git checkout (or no commit yet): no base to compare the catalog with' };
  const base = mergeBaseWithMain(cwd);
  if (base && base.commit !== head)
    return { commit: base.commit, label: `merge base with ${base.ref} (${base.commit.slice(0, 7)})` };
  if (base) return { commit: head, label: `HEAD (${head.slice(0, 7)}), the tip of ${base.ref}` };
  const previous = commitOf(cwd, 'HEAD~1');
  if (previous)
    return { commit: previous, label: `the previous commit (${previous.slice(0, 7)}); this clone has no main` };
  return {
    none: 'this clone has neither main nor a previous commit (a shallow single-branch clone): fetch main (`git fetch origin main`) or set JSS_CHANGESET_BASE',
  };
}

/** A file's text at a commit; `undefined` when the commit has no such file. */
export const showFile = (cwd: string, commit: string, path: string) => git(cwd, ['show', `${commit}:${path}`]);
