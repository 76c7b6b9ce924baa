// Reads vitest bench's JSON and prints each candidate as a ratio of its group's baseline
// (median time per operation; the baseline ran in the same run). Fails when a bound is broken.
import { readFileSync } from 'node:fs';

/** Upper bounds on candidate / baseline, by benchmark name. */
const LIMITS = { 'toErrorResponse(error) → XML': 2 };

const file = process.argv[2];
if (!file) throw new Error('usage: node bench/ratios.mjs <vitest bench --outputJson file>');
/** @type {{ files: { groups: { fullName: string, benchmarks: { name: string, median: number, hz: number }[] }[] }[] }} */
const report = JSON.parse(readFileSync(file, 'utf8'));
let failed = false;
for (const group of report.files.flatMap((f) => f.groups)) {
  const baseline = group.benchmarks.find((b) => b.name.startsWith('baseline:'));
  if (!baseline) continue;
  process.stdout.write(
    `\n${group.fullName}\n  ${baseline.name}: 1.00 (${Math.round(baseline.hz).toLocaleString('en')} ops/s)\n`,
  );
  for (const bench of group.benchmarks) {
    if (bench === baseline) continue;
    const ratio = bench.median / baseline.median;
    const limit = /** @type {Record<string, number>} */ (LIMITS)[bench.name];
    const verdict = limit === undefined ? '' : ratio <= limit ? ` (limit ${limit}: ok)` : ` (limit ${limit}: EXCEEDED)`;
    if (limit !== undefined && ratio > limit) failed = true;
    process.stdout.write(`  ${bench.name}: ${ratio.toFixed(2)}${verdict}\n`);
  }
}
if (failed) {
  process.stderr.write('\nA benchmark exceeded its bound.\n');
  process.exitCode = 1;
}
