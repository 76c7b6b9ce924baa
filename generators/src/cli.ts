#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { CatalogError, formatDiagnostic } from './catalog/diagnostic.js';
import { generate } from './generate.js';

const USAGE = `Usage: pnpm generate [--check] [--strict] [--catalog <file>] [--out <dir>]

  --check            write nothing; exit 1 and list the files that are stale
  --strict           stale translations are errors (CI uses this)
  --catalog <file>   read another catalog (default: catalog/errors.yaml)
  --out <dir>        write under another root (default: the repository)
`;

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        catalog: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  try {
    const result = generate({ catalog: args.catalog, out: args.out, check: args.check, strict: args.strict });
    for (const warning of result.warnings) process.stderr.write(`${formatDiagnostic(warning)}\n`);
    const { created, changed, stale, unchanged } = result.plan;
    if (args.check) {
      if (!result.stale) {
        process.stdout.write(`generate --check: ${unchanged.length} generated files are up to date.\n`);
        return 0;
      }
      const lines = [...created.map((p) => `missing  ${p}`), ...changed.map((p) => `stale    ${p}`), ...stale.map((p) => `extra    ${p}`)];
      process.stderr.write(`generate --check: generated files are out of date; run \`pnpm generate\`:\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
      return 1;
    }
    process.stdout.write(`generate: ${created.length + changed.length} written, ${stale.length} removed, ${unchanged.length} unchanged.\n`);
    return 0;
  } catch (error) {
    if (error instanceof CatalogError) {
      process.stderr.write(`${error.diagnostics.map(formatDiagnostic).join('\n')}\nNothing was written.\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
