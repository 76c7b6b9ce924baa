// pnpm --filter @jss/generators bench: `generate --watch` on the real catalog, save → files
// written over 20 saves (median, max), against a one-shot `generate` of the same edit measured in
// the same run (the baseline: what a save cost before --watch).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, report, round } from '../../scripts/bench/compare.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const cli = join(here, '..', 'dist', 'cli.js');
const root = mkdtempSync(join(tmpdir(), 'jss-watch-bench-'));
mkdirSync(join(root, 'catalog'));
const catalog = join(root, 'catalog', 'errors.yaml');
const seed = readFileSync(join(repoRoot, 'catalog', 'errors.yaml'), 'utf8');
cpSync(join(repoRoot, 'catalog', 'errors.yaml'), catalog);
const SAVES = 20;

// Each save changes a note, so every save writes files (the catalog copy at least).
const edited = (i) => seed.replace(/^( {4}notes: )([^>|].*)$/m, (_, key, text) => `${key}${text} (save ${i})`);
const written = join(root, 'packages', 'error-codes', 'catalog', 'errors.yaml');
const args = ['--catalog', 'catalog/errors.yaml', '--out', root];

const child = spawn(process.execPath, [cli, '--watch', ...args], { cwd: root });
let output = '';
child.stdout.on('data', (d) => (output += d));
child.stderr.on('data', (d) => (output += d));
const waitFor = async (count) => {
  for (const start = Date.now(); (output.match(/^generate: \d+ written/gm) ?? []).length < count; ) {
    if (Date.now() - start > 10_000) {
      child.kill();
      throw new Error(`no regeneration within 10 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 2));
  }
};

while (!output.includes('watching')) await new Promise((r) => setTimeout(r, 2));
await waitFor(1);
const samples = [];
for (let i = 1; i <= SAVES; i++) {
  const start = process.hrtime.bigint();
  writeFileSync(catalog, edited(i));
  await waitFor(i + 1);
  samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (!readFileSync(written, 'utf8').includes(`(save ${i})`)) throw new Error(`save ${i} was not written`);
  await new Promise((r) => setTimeout(r, 50));
}
child.kill();

const oneShot = [];
for (let i = 0; i < 5; i++) {
  writeFileSync(catalog, edited(100 + i));
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  oneShot.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (result.status !== 0) throw new Error(result.stderr);
}
statSync(written);

const [med, max, base] = [median(samples), Math.max(...samples), median(oneShot)];
report(`generate --watch on the real catalog: save → files written, ${SAVES} saves`, [
  { name: 'baseline: one-shot `generate` of a save (process start included)', ms: round(base) },
  { name: 'watch: median', ms: round(med), 'x one-shot': round(med / base), limit: '1000 ms', pass: med <= 1000 },
  { name: 'watch: max', ms: round(max), limit: '1000 ms', pass: max <= 1000 },
]);
rmSync(root, { recursive: true, force: true });
