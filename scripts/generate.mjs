#!/usr/bin/env node
// `pnpm generate`: runs the generator, rebuilding it first only when its inputs are newer than
// its last build. Rebuilding on every call cost about 8 s of a 1 s job; a catalog editor runs
// this dozens of times. Any file under the inputs newer than the stamp (an edit, a checkout, a
// pull) triggers the rebuild, so a stale dist is never used.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const generators = join(root, 'generators');
const stamp = join(generators, 'dist', '.build-stamp');
const inputs = [
  join(generators, 'src'),
  join(generators, 'scripts'),
  join(generators, 'templates'),
  join(generators, 'package.json'),
  join(generators, 'tsconfig.json'),
  join(root, 'tsconfig.base.json'),
  join(root, 'catalog', 'schema.json'),
];

/** The newest modification time under `path`, in ms. */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : -1;
if (inputs.some((path) => newest(path) > built)) {
  const pnpm = join(root, 'node_modules', '.bin', 'pnpm');
  const result = spawnSync(pnpm, ['--filter', '@jss/generators', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import(join(generators, 'dist', 'cli.js'));
