// pnpm --filter @jss/generators bench: the semantic diff of two 10,000-code catalogs, against
// loading one of them (the baseline, measured in the same run), and the CLI end to end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, report, round } from '../../scripts/bench/compare.mjs';
import { loadCatalog } from '../dist/catalog/load.js';
import { diffCatalogs } from '../dist/diff/diff.js';
import { syntheticCatalog } from './synthetic.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const seed = readFileSync(join(repoRoot, 'catalog', 'errors.yaml'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'jss-diff-bench-'));
const COUNT = 10_000;

// The head: every 50th code changed somehow (status, message, placeholder renamed, removed).
const before = syntheticCatalog(seed, COUNT);
const after = syntheticCatalog(seed, COUNT, (data) => {
  data.errors.forEach((e, i) => {
    if (i % 50 === 0) e.message = `${e.message} (changed)`;
    if (i % 50 === 10) e.notes = `${e.notes} More.`;
  });
  data.errors.splice(7, 1);
});
const files = [before, after].map((text, i) => {
  const file = join(work, `${i}.yaml`);
  writeFileSync(file, text);
  return file;
});
const load = (file) => loadCatalog({ catalogPath: file, displayPath: file }).model;

const time = (fn) => {
  const start = process.hrtime.bigint();
  const value = fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, value];
};
const loads = [];
const diffs = [];
let changes = 0;
for (let i = 0; i < 5; i++) {
  const [loadMs, a] = time(() => load(files[0]));
  const b = load(files[1]);
  const [diffMs, diff] = time(() => diffCatalogs(a, b));
  loads.push(loadMs);
  diffs.push(diffMs);
  changes = diff.changes.length;
}
const cli = join(here, '..', 'dist', 'cli.js');
const [cliMs, result] = time(() =>
  spawnSync(process.execPath, [cli, 'diff', ...files, '--json'], { encoding: 'utf8' }),
);
if (result.status !== 0) throw new Error(result.stderr);

const diffMs = median(diffs);
report(`diff of two ${COUNT.toLocaleString('en')}-code catalogs (${changes} changes)`, [
  { name: 'baseline: load + validate one catalog', ms: round(median(loads)) },
  {
    name: 'diffCatalogs (two loaded models)',
    ms: round(diffMs),
    'x load': round(diffMs / median(loads)),
    // A ratio to loading, measured in the same run: an absolute time failed on a loaded machine.
    limit: '0.25 x load',
    pass: diffMs <= 0.25 * median(loads),
  },
  { name: '`generate diff a b --json` (load both + diff + print, process start included)', ms: round(cliMs) },
]);
rmSync(work, { recursive: true, force: true });
