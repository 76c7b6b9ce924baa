// Compiles catalog/schema.json into a standalone validator at build time, so `generate` does not
// load ajv's compiler and compile the schema on every run (about a fifth of a second).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(join(here, '..', '..', 'catalog', 'schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, code: { source: true } });
const source = standaloneCode.default(ajv, ajv.compile(schema));
const target = join(here, '..', 'dist', 'catalog', 'schema-validator.cjs');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `// Generated at build time from catalog/schema.json by scripts/compile-schema.mjs.\n${source}`);
