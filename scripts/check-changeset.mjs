#!/usr/bin/env node
// CI gate: the catalog changed since the base branch without a changeset of the bump it needs?
// The work is `generate check-changeset` (generators/src/release/gate.ts); this script only runs
// it through scripts/generate.mjs, which rebuilds the generator first when its sources changed.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const generate = join(dirname(fileURLToPath(import.meta.url)), 'generate.mjs');
const result = spawnSync(process.execPath, [generate, 'check-changeset', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
