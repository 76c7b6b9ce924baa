// node bench/writer.bench.mjs (after the build): the writer's cost on the seed catalog's output,
// as ratios against the writer it replaced (read + compare; temp file + rename), in the same run.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareSpeed, report } from '../../scripts/bench/compare.mjs';
import { emitters } from '../dist/emitters/index.js';
import { generate } from '../dist/generate.js';
import { applyWrite, planWrite } from '../dist/output/writer.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'jss-writer-bench-'));
const root = join(work, 'root');
mkdirSync(join(root, 'catalog'), { recursive: true });
writeFileSync(join(root, 'catalog', 'errors.yaml'), readFileSync(join(repoRoot, 'catalog', 'errors.yaml')));
const { files } = generate({ catalog: join(root, 'catalog', 'errors.yaml'), out: root });

/** The previous writer's no-op: read and compare every file, list the owned folders. */
function previousNoOp() {
  let differ = 0;
  for (const f of files) if (readFileSync(join(root, f.path), 'utf8') !== f.content) differ++;
  const list = (dir) =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? list(posix.join(dir, e.name)) : [e.name],
    );
  for (const e of emitters) for (const dir of e.ownedDirs) list(dir);
  return differ;
}

function noOp() {
  const plan = planWrite(root, files, emitters);
  applyWrite(root, files, plan);
  return plan.changed.length;
}

/** Alternates two versions of every file, so each call rewrites them all. */
let flip = 0;
const versions = [files, files.map((f) => ({ path: f.path, content: `${f.content}\n` }))];
function previousWriteAll() {
  const next = versions[flip++ % 2];
  for (const f of next) {
    const target = join(root, f.path);
    writeFileSync(`${target}.${process.pid}.tmp`, f.content);
    renameSync(`${target}.${process.pid}.tmp`, target);
  }
}
function writeAll() {
  const next = versions[flip++ % 2];
  applyWrite(root, next, planWrite(root, next, emitters));
}

report('writer, seed catalog output', [
  compareSpeed(`no-op run (${files.length} files)`, {
    baseline: ['previous writer', previousNoOp],
    candidate: ['lock + fingerprint + manifest', noOp],
    batch: 20,
    rounds: 15,
    limit: 2,
  }),
  compareSpeed(`every file changed (${files.length} files)`, {
    baseline: ['previous writer', previousWriteAll],
    candidate: ['staged, all or nothing', writeAll],
    batch: 5,
    rounds: 15,
    limit: 2,
  }),
]);
rmSync(work, { recursive: true, force: true });
