// node bench/load-and-write.mjs <generated root> <fresh root>: the time of a `generate()` of the
// generated root's catalog into the fresh root whose emitters hand back the files the root holds,
// read beforehand. What is left is loading the catalog and writing: the floor under emission.
import { join } from 'node:path';
import { emitters } from '../dist/emitters/index.js';
import { generate } from '../dist/generate.js';
import { isOwnedBy } from '../dist/output/writer.js';
import { generatedFiles } from './generated-files.mjs';

const [from, to] = process.argv.slice(2);
const files = generatedFiles(from);
const ready = emitters.map((emitter) => {
  const made = files.filter((file) => isOwnedBy(emitter, file.path));
  return { ...emitter, emit: () => made };
});

const start = process.hrtime.bigint();
const { plan } = generate({ catalog: join(from, 'catalog', 'errors.yaml'), out: to, emitters: ready });
const ms = Number(process.hrtime.bigint() - start) / 1e6;
if (plan.created.length !== files.length + 1) throw new Error(`wrote ${plan.created.length} of ${files.length} files`);
process.stdout.write(String(ms));
