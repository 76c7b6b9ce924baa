import { type CliIo, EXIT } from './io.js';

const TESTING = '@jss/errors-testing';

/** `jss-errors mock …`: the mock server of @jss/errors-testing, an optional peer loaded only here. */
export async function mockCommand(args: readonly string[], io: CliIo): Promise<number> {
  let testing: { runMockCommand(args: readonly string[]): unknown };
  try {
    // A variable specifier: bundlers and tsc must not resolve a package that may be absent.
    const specifier = `${TESTING}/cli`;
    testing = await import(specifier);
  } catch (error) {
    if (!isMissing(error)) throw error;
    io.stderr.write(
      `jss-errors mock needs ${TESTING}, which is not installed.\n` +
        `Install it beside @jss/errors-cli:  npm install --save-dev ${TESTING}\n`,
    );
    return EXIT.notFound;
  }
  const result = await testing.runMockCommand(args);
  return typeof result === 'number' && Number.isInteger(result) ? result : EXIT.ok;
}

/** Node's "cannot find" for the testing package itself, not for something it imports. */
function isMissing(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') &&
    typeof message === 'string' &&
    message.includes(`'${TESTING}`)
  );
}
