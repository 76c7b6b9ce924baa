// Precompiles generators/templates into dist/text/templates.cjs at build time, so `generate`
// loads handlebars' runtime only, not its compiler, and compiles no template on a run.
import { writeFileSync } from 'node:fs';
import { precompiledModule } from '../dist/text/handlebars.js';

writeFileSync(new URL('../dist/text/templates.cjs', import.meta.url), precompiledModule());
