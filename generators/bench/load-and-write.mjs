// node bench/load-and-write.mjs <generated root> <fresh root>: the time of a `generate()` of the
// generated root's catalog into the fresh root whose emitters hand back the files the root holds,
// read beforehand. What is left is loading the catalog and writing: the floor under emission.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../dist/generate.js';
import { emitters } from '../dist/emitters/index.js';

const [from, to] = process.argv.slice(2);
const { files } = JSON.parse(readFileSync(join(from, '.jss-generated.json'), 'utf8'));
const owns = (emitter, path) =>
  emitter.ownedDirs.some((dir) => path.startsWith(`${dir}/`)) && (emitter.ownsFile?.(path) ?? true);
const ready = emitters.map((emitter) => {
  const made = files
    .filter((path) => owns(emitter, path))
    .map((path) => ({ path, content: readFileSync(join(from, path), 'utf8') }));
  return { ...emitter, emit: () => made };
});

const start = process.hrtime.bigint();
const { plan } = generate({ catalog: join(from, 'catalog', 'errors.yaml'), out: to, emitters: ready });
const ms = Number(process.hrtime.bigint() - start) / 1e6;
if (plan.created.length !== files.length + 1) throw new Error(`wrote ${plan.created.length} of ${files.length} files`);
process.stdout.write(String(ms));
