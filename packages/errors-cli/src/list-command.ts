import { errorInfo, jssErrorCodes } from '@jss/error-codes';
import { parseArgs, UsageError } from './args.js';
import { LIST_HELP } from './help.js';
import { type CliIo, EXIT } from './io.js';
import { jsonOutput } from './json-output.js';
import { styleFor } from './style.js';
import { forTerminal, quoteInput } from './terminal-text.js';

/** `jss-errors list [--status 404] [--json]`: every code (or those a client may see with a status). */
export function listCommand(args: readonly string[], io: CliIo): number {
  const { positionals, flags } = parseArgs(args, { status: 'value', json: 'flag', help: 'flag' });
  if (flags.help) {
    io.stdout.write(LIST_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`list takes no code; try jss-errors explain ${positionals[0]}`);
  const status = typeof flags.status === 'string' ? statusOf(flags.status) : undefined;
  const rows = jssErrorCodes
    .map((code) => ({ code, ...errorInfo[code] }))
    .filter((row) => status === undefined || (row.statuses as readonly number[]).includes(status));
  if (flags.json === true) {
    const out = rows.map(({ code, httpStatus, statuses, message }) => ({ code, httpStatus, statuses, message }));
    io.stdout.write(jsonOutput(out));
  } else {
    const style = styleFor(io);
    const width = Math.max(0, ...rows.map((r) => r.code.length));
    for (const r of rows)
      io.stdout.write(`${r.httpStatus}  ${style.bold(r.code.padEnd(width))}  ${style.dim(forTerminal(r.message))}\n`);
  }
  if (rows.length === 0) {
    io.stderr.write(`jss-errors: no code is sent with status ${status}\n`);
    return EXIT.notFound;
  }
  return EXIT.ok;
}

function statusOf(text: string): number {
  if (!/^[1-5][0-9]{2}$/.test(text))
    throw new UsageError(`--status needs an HTTP status such as 404, not ${quoteInput(text)}`);
  return Number(text);
}
