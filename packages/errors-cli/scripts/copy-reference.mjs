// The build puts the generated reference (docs/reference, committed) into dist/reference, so the
// published package carries the pages `jss-errors serve-docs` serves.
import { cpSync, existsSync, rmSync } from 'node:fs';

const site = new URL('../../../docs/reference/', import.meta.url);
const copy = new URL('../dist/reference/', import.meta.url);
if (!existsSync(new URL('index.html', site))) {
  console.error('copy-reference: docs/reference/index.html is missing; run `pnpm generate` first');
  process.exit(1);
}
rmSync(copy, { recursive: true, force: true });
cpSync(site, copy, { recursive: true });
