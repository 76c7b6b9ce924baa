import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';

/** The names of the workspace's packages, from `pnpm-workspace.yaml` (`dir` and `dir/*` entries). */
export function workspacePackages(root: string): string[] {
  const file = join(root, 'pnpm-workspace.yaml');
  const globs = existsSync(file)
    ? ((jsYaml.load(readFileSync(file, 'utf8')) as { packages?: string[] }).packages ?? [])
    : [];
  const dirs = globs.flatMap((g) =>
    g.endsWith('/*')
      ? readdirSafe(join(root, g.slice(0, -2))).map((d) => join(root, g.slice(0, -2), d))
      : [join(root, g)],
  );
  return dirs.flatMap((dir) => {
    const manifest = join(dir, 'package.json');
    return existsSync(manifest) ? [(JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name] : [];
  });
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
