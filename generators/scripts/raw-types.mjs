// Regenerates only generators/src/catalog/raw-catalog.ts from catalog/schema.json, with the
// generator's last build: for when the generator no longer compiles because the model already
// uses a field the raw types do not have yet. `pnpm generate` writes the same file.
//   node generators/scripts/raw-types.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { catalogTypesEmitter } = await import('../dist/emitters/catalog-types.js');
const schemaText = readFileSync(join(root, 'catalog', 'schema.json'), 'utf8');
for (const file of catalogTypesEmitter.emit({ schemaText })) {
  writeFileSync(join(root, file.path), file.content);
  console.log(`wrote ${file.path}`);
}
