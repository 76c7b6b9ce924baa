import { readFileSync } from 'node:fs';
import { CommandFailure, UsageError } from './args.js';
import { HELP } from './help.js';
import { type CliIo, EXIT } from './io.js';
import type { RetiredCodes } from './retired-codes.js';
import { forTerminal } from './terminal-text.js';

export type { CliIo } from './io.js';

/** What a caller other than the bin may replace: a test runs the retired path with its own codes. */
export interface CliOptions {
  /** The catalog's when absent. */
  readonly retiredCodes?: RetiredCodes;
}

/**
 * Runs one `jss-errors` command and gives its exit status. Each command's module is imported
 * only when it runs, so `--help` and `list` never load the texts.
 */
export async function main(argv: readonly string[], io: CliIo, options: CliOptions = {}): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case undefined:
        io.stderr.write(HELP);
        return EXIT.usage;
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(HELP);
        return EXIT.ok;
      case '--version':
      case '-V':
        io.stdout.write(`${version()}\n`);
        return EXIT.ok;
      case 'explain':
        return await (await import('./explain-command.js')).explainCommand(args, io, options.retiredCodes);
      case 'list':
        return (await import('./list-command.js')).listCommand(args, io);
      case 'mock':
        return await (await import('./mock-command.js')).mockCommand(args, io);
      case 'probe':
        return await (await import('./probe/probe-command.js')).probeCommand(args, io);
      case 'serve-docs':
        return await (await import('./serve-docs-command.js')).serveDocsCommand(args, io);
      case 'diff':
      case 'changeset':
        return (await import('./repo-command.js')).repoCommand(command, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof CommandFailure) {
      io.stderr.write(`jss-errors ${command}: ${forTerminal(error.message)}\n`);
      return EXIT.failed;
    }
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`jss-errors: ${forTerminal(error.message)}\nRun jss-errors --help for usage.\n`);
    return EXIT.usage;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
