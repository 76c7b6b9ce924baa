#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { AcceptTranslationsError } from './catalog/accept-translations.js';
import { CatalogError, formatDiagnostic } from './catalog/diagnostic.js';
import { acceptCatalogTranslations, generate } from './generate.js';
import { OutputError } from './output/writer.js';

const USAGE = `Usage: pnpm generate [--check] [--strict] [--catalog <file>] [--out <dir>]
       pnpm generate --accept-translations [--locale <locale>] [--code <code>] [...]

  --check            write nothing; exit 1 and list the files that are stale
  --strict           stale translations are errors (CI uses this)
  --catalog <file>   read another catalog (default: catalog/errors.yaml)
  --out <dir>        write under another root (default: the repository)
  --accept-translations
                     a translator checked the stale translations: record that they translate
                     the current source text (rewrites their \`translates\` hashes), then generate
  --locale <locale>  with --accept-translations: only this locale's translations
  --code <code>      with --accept-translations: only this code's (and its variants')
`;

function parseCliArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      check: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      catalog: { type: 'string' },
      out: { type: 'string' },
      'accept-translations': { type: 'boolean', default: false },
      locale: { type: 'string' },
      code: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }).values;
}

function main(argv: string[]): number {
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const accept = args['accept-translations'];
  if (!accept && (args.locale !== undefined || args.code !== undefined)) {
    process.stderr.write(`--locale and --code only apply to --accept-translations\n\n${USAGE}`);
    return 2;
  }
  if (accept && args.check) {
    process.stderr.write(`--accept-translations edits the catalog; it cannot run with --check\n\n${USAGE}`);
    return 2;
  }

  let acceptedCount = 0;
  try {
    if (accept) {
      const accepted = acceptCatalogTranslations({
        catalog: args.catalog,
        out: args.out,
        locale: args.locale,
        code: args.code,
      });
      for (const a of accepted)
        process.stdout.write(
          `${a.file}:${a.line}:${a.column}: accepted ${a.locale} translation of ${a.label} (${a.from} → ${a.to})\n`,
        );
      process.stdout.write(
        `accept-translations: ${accepted.length} translation${accepted.length === 1 ? '' : 's'} accepted.\n`,
      );
      acceptedCount = accepted.length;
    }
    const result = generate({ catalog: args.catalog, out: args.out, check: args.check, strict: args.strict });
    for (const warning of result.warnings) process.stderr.write(`${formatDiagnostic(warning)}\n`);
    const { created, changed, stale, unchanged } = result.plan;
    if (args.check) {
      if (!result.stale) {
        process.stdout.write(`generate --check: ${unchanged.length} generated files are up to date.\n`);
        return 0;
      }
      const lines = [
        ...created.map((p) => `missing  ${p}`),
        ...changed.map((p) => `stale    ${p}`),
        ...stale.map((p) => `extra    ${p}`),
      ];
      process.stderr.write(
        `generate --check: generated files are out of date; run \`pnpm generate\`:\n${lines.map((l) => `  ${l}`).join('\n')}\n`,
      );
      return 1;
    }
    process.stdout.write(
      `generate: ${created.length + changed.length} written, ${stale.length} removed, ${unchanged.length} unchanged.\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AcceptTranslationsError) {
      process.stderr.write(`accept-translations: ${error.message}\nNothing was written.\n`);
      return 1;
    }
    if (error instanceof OutputError) {
      // Already says what failed and that nothing was changed; a stack trace would hide that.
      process.stderr.write(`generate: ${error.message}\n`);
      return 1;
    }
    if (error instanceof CatalogError) {
      const written =
        acceptedCount > 0
          ? 'Nothing was generated; the accepted hashes are saved in the catalog.'
          : 'Nothing was written.';
      process.stderr.write(`${error.diagnostics.map(formatDiagnostic).join('\n')}\n${written}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
