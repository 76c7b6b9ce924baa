// Measures a candidate against a baseline in the same process, alternating batches so that
// drift (JIT, GC, a busy neighbour) hits both alike. Reports the median ratio, never a bare time.
import { gzipSync } from 'node:zlib';

/**
 * @param {string} name
 * @param {{ baseline: [string, () => unknown], candidate: [string, () => unknown], batch?: number, rounds?: number, limit: number }} spec
 */
export function compareSpeed(name, { baseline, candidate, batch = 20_000, rounds = 31, limit }) {
  const [baseName, base] = baseline;
  const [candName, cand] = candidate;
  let sink = 0;
  const time = (fn) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) sink ^= fn() === undefined ? 0 : 1;
    return Number(process.hrtime.bigint() - start) / batch;
  };
  for (let i = 0; i < 5; i++) {
    time(base);
    time(cand);
  }
  const ratios = [];
  const baseTimes = [];
  const candTimes = [];
  for (let i = 0; i < rounds; i++) {
    const b = time(base);
    const c = time(cand);
    baseTimes.push(b);
    candTimes.push(c);
    ratios.push(c / b);
  }
  const result = {
    name,
    baseline: `${baseName}: ${median(baseTimes).toFixed(1)} ns/op`,
    candidate: `${candName}: ${median(candTimes).toFixed(1)} ns/op`,
    ratio: round(median(ratios)),
    limit,
    pass: limit === undefined ? undefined : median(ratios) <= limit,
    sink,
  };
  delete result.sink;
  return result;
}

/** Retained heap per object of each kind, with the collector run between (needs --expose-gc). */
export function compareMemory(name, { baseline, candidate, count = 50_000, limit }) {
  const gc = globalThis.gc;
  if (!gc) throw new Error('run with node --expose-gc');
  const measure = (fn) => {
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = new Array(count);
    for (let i = 0; i < count; i++) kept[i] = fn(i);
    gc();
    const after = process.memoryUsage().heapUsed;
    if (kept.length !== count) throw new Error('unreachable');
    return (after - before) / count;
  };
  measure(baseline[1]);
  measure(candidate[1]);
  const b = measure(baseline[1]);
  const c = measure(candidate[1]);
  return {
    name,
    baseline: `${baseline[0]}: ${b.toFixed(0)} B/object`,
    candidate: `${candidate[0]}: ${c.toFixed(0)} B/object`,
    ratio: round(c / b),
    limit,
    pass: limit === undefined || c / b <= limit,
  };
}

export function gzipSize(text) {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function round(value) {
  return Math.round(value * 100) / 100;
}

/** Prints results as a table and sets a failing exit code when a limit is exceeded. */
export function report(title, results) {
  console.log(`\n${title}`);
  console.table(results);
  const failed = results.filter((r) => r.pass === false);
  if (failed.length > 0) {
    console.error(`over the limit: ${failed.map((r) => r.name).join(', ')}`);
    process.exitCode = 1;
  }
}
