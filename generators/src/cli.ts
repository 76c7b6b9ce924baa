#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { AcceptTranslationsError } from './catalog/accept-translations.js';
import { CatalogError, formatDiagnostic } from './catalog/diagnostic.js';
import { DIFF_USAGE, runDiff, UsageError } from './diff/command.js';
import { diffCatalogs } from './diff/diff.js';
import { summaryParagraph } from './diff/format.js';
import { previousCatalog, previousModel, repoContext, SideError } from './diff/side.js';
import { acceptCatalogTranslations, generate, repoRoot } from './generate.js';
import { OutputError } from './output/writer.js';
import { CHANGESET_USAGE, runChangeset, writeCatalogChangeset } from './release/changeset.js';
import { CHECK_USAGE, runCheckChangeset } from './release/gate.js';
import { ChangesetError } from './release/plan.js';
import { watchCatalog } from './watch/watch-catalog.js';

const USAGE = `Usage: pnpm generate [--check] [--strict] [--watch] [--changeset] [--catalog <file>] [--out <dir>] [--observations <dir>]
       pnpm generate --accept-translations [--locale <locale>] [--code <code>] [...]
       pnpm jss-errors diff [<base>] [<head>] [--json]   what a catalog edit does to consumers
       pnpm jss-errors changeset [<base>] [<head>]       write the changeset it needs
       pnpm changeset:check [--base <ref>]               CI: is there a changeset of the needed bump?
       pnpm api-report [--check]                         the published packages' API reports

  --check            write nothing; exit 1 and list the files that are stale
  --strict           stale translations are errors (CI uses this)
  --catalog <file>   read another catalog (default: catalog/errors.yaml)
  --out <dir>        write under another root (default: the repository)
  --observations <dir>
                     compare the probe reports (jss-errors probe --out) in this folder with the
                     catalog (default: catalog/observations); differences are warnings
  --watch            regenerate on every save of the catalog; print each save's semantic summary
  --changeset        after generating, write the changeset the catalog diff against main needs
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
      observations: { type: 'string' },
      'accept-translations': { type: 'boolean', default: false },
      locale: { type: 'string' },
      code: { type: 'string' },
      watch: { type: 'boolean', default: false },
      changeset: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }).values;
}

const SUBCOMMANDS: Record<string, { run: (argv: string[]) => number; usage: string }> = {
  diff: { run: runDiff, usage: DIFF_USAGE },
  changeset: { run: runChangeset, usage: CHANGESET_USAGE },
  'check-changeset': { run: runCheckChangeset, usage: CHECK_USAGE },
};

function subcommand(name: string, argv: string[]): number {
  const { run, usage } = SUBCOMMANDS[name]!;
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage);
    return 0;
  }
  try {
    return run(argv);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof SideError || error instanceof ChangesetError || error instanceof CatalogError) {
      process.stderr.write(`${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function main(argv: string[]): number | undefined {
  if (argv[0] !== undefined && Object.hasOwn(SUBCOMMANDS, argv[0])) return subcommand(argv[0], argv.slice(1));
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

  if (args.watch && (args.check || accept || args.changeset)) {
    process.stderr.write(`--watch runs alone (without --check, --accept-translations, --changeset)\n\n${USAGE}`);
    return 2;
  }
  if (args.watch) {
    watchCatalog({ catalog: args.catalog, out: args.out, strict: args.strict });
    return undefined;
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
    // Read before generate overwrites it: the catalog as of the last generate.
    const previous = args.check ? undefined : previousCatalog(args.out ?? repoRoot);
    const result = generate({
      catalog: args.catalog,
      out: args.out,
      check: args.check,
      strict: args.strict,
      ...(args.observations === undefined ? {} : { observations: args.observations }),
    });
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
    const before = previous && previousModel(previous, result.model);
    if (before && 'none' in before) process.stdout.write(`generate: no semantic summary (${before.none}).\n`);
    else if (before)
      process.stdout.write(
        `generate: since the last generate: ${summaryParagraph(diffCatalogs(before, result.model))}\n`,
      );
    if (args.changeset) return writeCatalogChangeset(repoContext({ root: args.out, catalog: args.catalog }));
    return 0;
  } catch (error) {
    if (error instanceof AcceptTranslationsError) {
      process.stderr.write(`accept-translations: ${error.message}\nNothing was written.\n`);
      return 1;
    }
    if (error instanceof SideError) {
      process.stderr.write(`changeset: ${error.message}\n`);
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

/** `api-report`, apart: only it loads ts-morph, which alone costs most of a generate run. */
async function apiReport(argv: string[]): Promise<number> {
  const { API_REPORT_USAGE, runApiReport } = await import('./release/api-report.js');
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(API_REPORT_USAGE);
    return 0;
  }
  try {
    return runApiReport(argv, repoRoot);
  } catch (error) {
    process.stderr.write(`api-report: ${(error as Error).message}\n`);
    return (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  }
}

const argv = process.argv.slice(2);
const code = argv[0] === 'api-report' ? await apiReport(argv.slice(1)) : main(argv);
// `--watch` keeps running: its exit code is whatever stops it.
if (code !== undefined) process.exitCode = code;
