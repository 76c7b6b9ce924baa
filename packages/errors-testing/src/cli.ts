import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startJssMock } from './mock-server.js';
import { parseMockRules } from './rules/parse-rules.js';

const HELP = `Usage: jss-errors mock [--port <n>] [--host <addr>] [--rules <file.json>] [--bucket <name>]...

Starts a JSS stand-in: an in-memory S3-compatible server answering JSS's errors, on cue.
Prints its URL, then runs until SIGINT or SIGTERM.

  --port <n>          port to listen on (default 0: a free port)
  --host <addr>       address to listen on (default 127.0.0.1)
  --rules <file>      JSON array of rules (see the @jss/errors-testing README)
  --bucket <name>     a bucket that exists at start (repeatable)
  --seed <n>          seed of probability rules
  -h, --help          this text
`;

/** Streams and signals of the command, replaceable for tests. */
export interface MockCommandIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Resolves when the command should stop (default: SIGINT or SIGTERM). */
  readonly stopped?: Promise<unknown>;
}

/**
 * `jss-errors mock`: parses the arguments, starts the stand-in, prints `JSS mock listening on <url>`
 * and runs until stopped. Resolves to the exit code (0, or 2 for a usage or rules error).
 */
export async function runMockCommand(
  args: string[],
  io: MockCommandIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  let values: { port?: string; host?: string; rules?: string; bucket?: string[]; seed?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        rules: { type: 'string' },
        bucket: { type: 'string', multiple: true },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.stderr.write(`${printable((error as Error).message)}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr.write(`--port: ${printable(JSON.stringify(values.port))} is not a port number\n`);
    return 2;
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    io.stderr.write(`--seed: ${printable(JSON.stringify(values.seed))} is not an integer\n`);
    return 2;
  }
  let rules: ReturnType<typeof parseMockRules> = [];
  if (values.rules !== undefined) {
    try {
      rules = parseMockRules(JSON.parse(await readFile(values.rules, 'utf8')));
    } catch (error) {
      io.stderr.write(`--rules ${printable(`${values.rules}: ${(error as Error).message}`)}\n`);
      return 2;
    }
  }
  let mock: Awaited<ReturnType<typeof startJssMock>>;
  try {
    mock = await startJssMock({ port, host: values.host, rules, buckets: values.bucket, seed });
  } catch (error) {
    // An address that does not resolve or is taken is a usage error, not a crash.
    io.stderr.write(`cannot listen: ${printable((error as Error).message)}\n`);
    return 2;
  }
  io.stdout.write(`JSS mock listening on ${mock.url}\n`);
  await (io.stopped ?? untilSignal());
  await mock.close();
  return 0;
}

/** Control characters (a terminal's escapes) from arguments or files are shown as `\u{1b}`, never sent raw. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
