// Writes the retry table into README.md from what the real clients do (see retry-probe.mjs).
// Run after `turbo run build --filter=@jss/errors-server`: pnpm --filter @jss/errors-server retry-table
import { readFileSync, writeFileSync } from 'node:fs';
import { probeRetries, renderRetryTable, withRetryTable } from './retry-probe.mjs';

const readmeUrl = new URL('../README.md', import.meta.url);
const table = renderRetryTable(await probeRetries());
const before = readFileSync(readmeUrl, 'utf8');
const after = withRetryTable(before, table);
if (after === before) process.stdout.write('retry-table: README.md is up to date.\n');
else {
  writeFileSync(readmeUrl, after);
  process.stdout.write('retry-table: README.md updated.\n');
}
