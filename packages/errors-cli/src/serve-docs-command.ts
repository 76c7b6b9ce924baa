import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError } from './args.js';
import { DEFAULT_DOCS_PORT } from './docs-port.js';
import { SERVE_DOCS_HELP } from './help.js';
import { type CliIo, EXIT } from './io.js';
import { siteServer } from './site-server.js';
import { quoteInput } from './terminal-text.js';

/** The reference site this package carries: docs/reference, copied into dist by the build. */
const SITE = fileURLToPath(new URL('./reference/', import.meta.url));

/**
 * `jss-errors serve-docs [--port N] [--host H]`: serves the error reference on this machine until
 * stopped, and says how to point every `docUrl` at it.
 */
export async function serveDocsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, flags } = parseArgs(args, { port: 'value', host: 'value', help: 'flag' });
  if (flags.help) {
    io.stdout.write(SERVE_DOCS_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`serve-docs takes no argument, not ${quoteInput(positionals[0]!)}`);
  const port = typeof flags.port === 'string' ? portOf(flags.port) : DEFAULT_DOCS_PORT;
  const host = typeof flags.host === 'string' ? flags.host : '127.0.0.1';
  if (!existsSync(`${SITE}index.html`)) {
    io.stderr.write('jss-errors: this copy of @jss/errors-cli carries no reference site (dist/reference)\n');
    return EXIT.notFound;
  }
  const server = siteServer(SITE);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const base = `http://${shownHost}:${address.port}/`;
  io.stdout.write(
    `The JSS error reference is at ${base}\n` +
      `Point docUrl there: setJssDocsBaseUrl('${base}') (from @jss/errors)\n` +
      'Stop with Ctrl-C.\n',
  );
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.ok;
}

function portOf(text: string): number {
  if (!/^[0-9]{1,5}$/.test(text) || Number(text) > 65535)
    throw new UsageError(`--port needs a port number (0-65535), not ${quoteInput(text)}`);
  return Number(text);
}
