#!/usr/bin/env node
// `pnpm jss-errors <command>` in this repository: the catalog's repository commands (`diff`,
// `changeset`: the generator's) and the published CLI's (`explain`, `list`, `mock`: @jss/errors-cli)
// under one name, as the issue tracker and the READMEs spell them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPOSITORY_COMMANDS = new Set(['diff', 'changeset']);
const [command, ...rest] = process.argv.slice(2);

const repository = REPOSITORY_COMMANDS.has(command ?? '');
if (!repository && !existsSync(join(root, 'packages', 'errors-cli', 'dist'))) {
  process.stderr.write('jss-errors: @jss/errors-cli is not built yet: run `pnpm build` first\n');
  process.exit(1);
}
const target = repository
  ? [join(root, 'scripts', 'generate.mjs'), command, ...rest]
  : [join(root, 'packages', 'errors-cli', 'bin', 'jss-errors.js'), command, ...rest].filter((a) => a !== undefined);
const result = spawnSync(process.execPath, target, { stdio: 'inherit' });
process.exit(result.status ?? 1);
