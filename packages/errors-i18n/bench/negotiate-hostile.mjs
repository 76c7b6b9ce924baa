// Hostile locale inputs (pnpm bench; needs node --expose-gc). Each figure is a ratio against a
// baseline measured in this run, and the script fails when one is over its limit:
// - time: dots followed by a line break (quadratic before the fix: 100 KB took 8-10 s) against a
//   well-formed Accept-Language header of the same size, at 100 KB and 1 MB;
// - growth: the same input at 1 MB against 100 KB (10 for linear work, 100 for quadratic);
// - memory: heap kept after negotiating 511 distinct 1 MB inputs, against one input's size.
import { negotiateLocale } from '@jss/errors-i18n';

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');

const hostile = (size) => `${'.'.repeat(size)}\nx`;
const wellFormed = (size) => `zh-CN,zh;q=0.9,en;q=0.8${' '.repeat(size)}`;

/** Median milliseconds of `runs` calls on fresh strings (flattened, so no call reuses another's work). */
function median(make, size, runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const input = `${make(size)}${i}`;
    input.charCodeAt(input.length >> 1);
    const start = process.hrtime.bigint();
    negotiateLocale(input);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[runs >> 1];
}

const rows = [];
const failures = [];
function row(figure, ratio, limit, detail) {
  rows.push({ figure, ratio: `${ratio.toFixed(2)}x`, limit: `${limit}x`, detail });
  if (!(ratio <= limit)) failures.push(`${figure}: ${ratio.toFixed(2)}x is over ${limit}x`);
}

for (const size of [100_000, 1_000_000]) {
  const bad = median(hostile, size);
  const good = median(wellFormed, size);
  // The baseline is well under a millisecond: the limit allows for timer noise, not for n².
  row(
    `dots + \\n, ${size / 1000} KB vs a well-formed header`,
    bad / Math.max(good, 0.05),
    20,
    `${bad.toFixed(2)} ms vs ${good.toFixed(2)} ms`,
  );
}
const small = median(hostile, 100_000);
const large = median(hostile, 1_000_000);
row(
  'dots + \\n: 1 MB vs 100 KB',
  large / Math.max(small, 0.05),
  30,
  `${large.toFixed(2)} ms vs ${small.toFixed(2)} ms`,
);

const MB = 1024 * 1024;
gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < 511; i++) negotiateLocale(`${i},${'a'.repeat(MB)}`);
gc();
const kept = process.memoryUsage().heapUsed - before;
row('heap kept after 511 distinct 1 MB inputs vs one input', Math.max(kept, 0) / MB, 2, `${(kept / MB).toFixed(2)} MB`);

console.log('negotiateLocale on hostile input:');
console.table(rows);
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exitCode = 1;
}
