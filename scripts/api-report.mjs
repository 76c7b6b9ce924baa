#!/usr/bin/env node
// `pnpm api-report [--check]`: the published packages' API reports, read from their builds. The
// work is `generate api-report` (generators/src/release/api-report.ts); this script only runs it
// through scripts/generate.mjs, which rebuilds the generator first when its sources changed.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const generate = join(dirname(fileURLToPath(import.meta.url)), 'generate.mjs');
const result = spawnSync(process.execPath, [generate, 'api-report', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
