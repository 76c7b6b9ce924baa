import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspacePackages } from './workspace.js';

/**
 * The `fixed` groups of `.changeset/config.json`, globs expanded over the workspace's packages
 * the way changesets does (micromatch: `*` within a name part, `!` excludes).
 */
export function fixedGroups(root: string): string[][] {
  const config = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8')) as { fixed?: string[][] };
  const names = workspacePackages(root);
  return (config.fixed ?? []).map((patterns) => expand(patterns, names));
}

function expand(patterns: readonly string[], names: readonly string[]): string[] {
  const include = patterns.filter((p) => !p.startsWith('!')).map(toRegExp);
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => toRegExp(p.slice(1)));
  return names.filter((n) => include.some((r) => r.test(n)) && !exclude.some((r) => r.test(n)));
}

function toRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${body}$`);
}
