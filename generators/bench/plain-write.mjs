// node bench/plain-write.mjs <generated root> <fresh root>: the time of writing the generated
// root's files into the fresh root by plain mkdirSync + writeFileSync: no temp files, no comparison.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles } from './generated-files.mjs';

const [from, to] = process.argv.slice(2);
const files = generatedFiles(from);
const start = process.hrtime.bigint();
for (const { path, content } of files) {
  mkdirSync(dirname(join(to, path)), { recursive: true });
  writeFileSync(join(to, path), content);
}
process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
