#!/usr/bin/env node
// `pnpm generate`: runs the generator, rebuilding it first only when its inputs are newer than
// its last build. Rebuilding on every call cost about 8 s of a 1 s job; a catalog editor runs
// this dozens of times. Any file under the inputs newer than the stamp (an edit, a checkout, a
// pull) triggers the rebuild, so a stale dist is never used.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, watch } from 'node:fs';
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

/** Rebuilds the generator when an input is newer than its last build; false when the build fails. */
function buildIfStale() {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : -1;
  if (!inputs.some((path) => newest(path) > built)) return true;
  const pnpm = join(root, 'node_modules', '.bin', 'pnpm');
  return spawnSync(pnpm, ['--filter', '@jss/generators', 'build'], { cwd: root, stdio: 'inherit' }).status === 0;
}

const cli = join(generators, 'dist', 'cli.js');
const args = process.argv.slice(2);
if (args.includes('--watch')) superviseWatch();
else {
  if (!buildIfStale()) process.exit(1);
  await import(cli);
}

/**
 * `--watch`: the generator (`cli.js --watch`) watches the catalog in a child process; this one
 * watches the generator's own inputs, and on a change rebuilds it and restarts the child, since
 * a process cannot reload its modules. A failed build keeps watching for the fix.
 */
function superviseWatch() {
  let child;
  const start = () => {
    if (!buildIfStale()) {
      process.stderr.write('generate --watch: the generator does not build; fix it and save again.\n');
      return;
    }
    child = spawn(process.execPath, [cli, ...args], { stdio: 'inherit' });
  };
  const stop = () => {
    child?.kill();
    child = undefined;
  };
  let timer;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      process.stdout.write('generate --watch: the generator changed; rebuilding.\n');
      stop();
      start();
    }, 200);
  };
  for (const path of inputs) if (existsSync(path)) watch(path, { recursive: statSync(path).isDirectory() }, restart);
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => {
      stop();
      process.exit(0);
    });
  start();
}
