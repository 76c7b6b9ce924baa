// pnpm --filter @jss/generators bench: generation time (process start included) for the seed
// catalog and synthetic catalogs of 1,000 and 10,000 codes, and the no-change rerun.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { median, report, round } from '../../scripts/bench/compare.mjs';
import { generatedPaths } from './generated-files.mjs';
import { syntheticCatalog as syntheticOf } from './synthetic.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const cli = join(repoRoot, 'generators', 'dist', 'cli.js');
const seedCatalog = readFileSync(join(repoRoot, 'catalog', 'errors.yaml'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'jss-bench-'));
const syntheticCatalog = (count) => syntheticOf(seedCatalog, count);

/** A root holding `catalog/errors.yaml`, as the generator expects. */
function rootWith(text) {
  const root = mkdtempSync(join(work, 'root-'));
  mkdirSync(join(root, 'catalog'));
  writeFileSync(join(root, 'catalog', 'errors.yaml'), text);
  return root;
}

function run(args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`generate failed: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

function timeFresh(text, times) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    const root = rootWith(text);
    samples.push(run(['--catalog', 'catalog/errors.yaml', '--out', root], root).ms);
    rmSync(root, { recursive: true, force: true });
  }
  return median(samples);
}

/**
 * A rewrite of the files a generate wrote into `root`, timed by the child `script` (a file in this
 * folder) into a fresh root; process start is added, as the CLI's times include it.
 * - `plain-write.mjs`: the disk's share, plain `mkdirSync` + `writeFileSync`, no temp files, no
 *   comparison. On a slow disk this is most of the 10,000-code time.
 * - `load-and-write.mjs`: the floor under emission, a `generate()` whose emitters hand back the
 *   same files ready-made: loading the catalog, comparing, writing temp files and renaming them
 *   are all that is left.
 */
function timeRewrite(script, root) {
  const copy = mkdtempSync(join(work, 'rewrite-'));
  const result = spawnSync(process.execPath, [join(here, script), root, copy], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}`);
  rmSync(copy, { recursive: true, force: true });
  return Number(result.stdout) + nodeStart;
}

/** Files and megabytes a generate wrote into `root`: what the 10,000-code time is spent making. */
function outputSize(root) {
  const files = generatedPaths(root);
  const bytes = files.reduce((sum, file) => sum + statSync(join(root, file)).size, 0);
  return { files: files.length, mb: round(bytes / 1e6) };
}

const nodeStart = median(
  Array.from({ length: 7 }, () => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    return Number(process.hrtime.bigint() - start) / 1e6;
  }),
);

const seedMs = timeFresh(seedCatalog, 5);
const oneK = timeFresh(syntheticCatalog(1_000), 3);
// Once, and its output then written again plainly and by a generate that emits nothing: one
// 10,000-code run takes tens of seconds.
const tenKRoot = rootWith(syntheticCatalog(10_000));
const tenK = run(['--catalog', 'catalog/errors.yaml', '--out', tenKRoot], tenKRoot).ms;
const tenKPlain = timeRewrite('plain-write.mjs', tenKRoot);
const tenKFloor = timeRewrite('load-and-write.mjs', tenKRoot);
const tenKOutput = outputSize(tenKRoot);
rmSync(tenKRoot, { recursive: true, force: true });
const perCode = (ms, n) => (ms - nodeStart) / n;

const root = rootWith(seedCatalog);
run(['--catalog', 'catalog/errors.yaml', '--out', root], root);
const rerun = run(['--catalog', 'catalog/errors.yaml', '--out', root], root);
const written = Number(/(\d+) written/.exec(rerun.stdout)?.[1]);

report('generate (wall time of `node generators/dist/cli.js`, process start included)', [
  { name: 'baseline: node -e 0', ms: round(nodeStart) },
  {
    name: `real catalog (${parse(seedCatalog).errors.length} codes)`,
    ms: round(seedMs),
    'x node start': round(seedMs / nodeStart),
    limit: '1500 ms',
    pass: seedMs < 1500,
  },
  { name: '1,000 codes', ms: round(oneK), 'µs/code': round(perCode(oneK, 1_000) * 1000) },
  {
    name: `10,000 codes (${tenKOutput.files} files, ${tenKOutput.mb} MB)`,
    ms: round(tenK),
    'µs/code': round(perCode(tenK, 10_000) * 1000),
    limit: '10000 ms',
    pass: tenK < 10_000,
  },
  {
    name: 'same 10,000-code files, plain mkdir + writeFile',
    ms: round(tenKPlain),
    'generate x plain write': round(tenK / tenKPlain),
  },
  {
    name: 'same 10,000-code files, generate() with ready-made files: load + write, no emission',
    ms: round(tenKFloor),
    'emission share': round((tenK - tenKFloor) / tenK),
  },
  {
    name: 'cost per code, 10,000 / 1,000',
    ratio: round(perCode(tenK, 10_000) / perCode(oneK, 1_000)),
    limit: 1.5,
    pass: perCode(tenK, 10_000) / perCode(oneK, 1_000) <= 1.5,
  },
  { name: 'rerun with nothing changed', 'files written': written, limit: 0, pass: written === 0 },
]);
rmSync(work, { recursive: true, force: true });
