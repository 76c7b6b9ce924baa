import { commitOf, mergeBaseWithMain } from '../diff/git.js';

export type GateBase =
  | { readonly commit: string; readonly label: string }
  | { readonly skip: string }
  | { readonly fail: string };

/**
 * What the CI gate compares the work tree with. A branch: where it forked from main. main's own
 * tip (CI's clean clone of main): HEAD itself, so only uncommitted edits count; the commits were
 * checked on their branches. No main in the clone (a single-branch clone): the previous commit.
 * Nothing at all: skip, saying why. A base given by name that is not a commit (a typo, a ref the
 * clone never fetched) fails: skipping would let every change through unnoticed.
 */
export function gateBase(root: string, override?: string): GateBase {
  if (override) {
    const commit = commitOf(root, override);
    if (!commit)
      return {
        fail: `the base ${override} is not a commit of this clone (a typo, or a ref not fetched: git fetch it)`,
      };
    return { commit, label: `${override} (${commit.slice(0, 7)})` };
  }
  const head = commitOf(root, 'HEAD');
  if (!head) return { skip: 'not a git checkout (or no commit yet): no base to compare the catalog with' };
  const base = mergeBaseWithMain(root);
  if (base && base.commit !== head)
    return { commit: base.commit, label: `merge base with ${base.ref} (${base.commit.slice(0, 7)})` };
  if (base) return { commit: head, label: `HEAD (${head.slice(0, 7)}), the tip of ${base.ref}` };
  const previous = commitOf(root, 'HEAD~1');
  if (previous)
    return { commit: previous, label: `the previous commit (${previous.slice(0, 7)}); this clone has no main` };
  return {
    skip: 'this clone has neither main nor a previous commit (a shallow single-branch clone): fetch main (`git fetch origin main`) or set JSS_CHANGESET_BASE',
  };
}
