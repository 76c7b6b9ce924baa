import { DEFAULT_DOCS_PORT } from './docs-port.js';

export const HELP = `jss-errors: JSS (JD Cloud Object Storage) error codes in the terminal.

Usage
  jss-errors explain <code> [--lang <locale>] [--json]
      Status, wire message, description, causes and fixes, retry advice and the
      reference page of a code. Any case, and the catalog's aliases, are accepted;
      for an unknown code the nearest codes are suggested.
  jss-errors list [--status <NNN>] [--json]
      Every code, or those a client may receive with the status.
  jss-errors mock ...
      The mock S3 server of @jss/errors-testing (install it to use this).
  jss-errors serve-docs [--port <N>] [--host <H>]
      Serves the error reference this package carries (every docUrl's page) on
      this machine; point docUrl at it with setJssDocsBaseUrl.
  jss-errors diff | changeset
      Repository tools: run them in the catalog repository with pnpm jss-errors diff.

Options
  --lang <locale>  en (default) or zh; tags such as zh-CN are understood
  --json           machine-readable output on stdout
  --status <NNN>   list only codes a client may receive with this HTTP status
  -h, --help       this help, or a command's: jss-errors explain --help
  --version        the package version

Exit status: 0 done, 1 unknown code or nothing to list, 2 wrong usage.
Colour only on a terminal; NO_COLOR turns it off, FORCE_COLOR on.
`;

export const EXPLAIN_HELP = `Usage: jss-errors explain <code> [--lang <locale>] [--json]

  <code>           a JSS error code in any case, or an alias (NoSuchBucketPolicy)
  --lang <locale>  en (default) or zh (zh-CN, zh-Hans... are zh)
  --json           the same facts as JSON: code, httpStatus, statuses, message, text,
                   fault, retryable, throttling, retryAfter, causes, aliases, aws,
                   variants, docUrl

Example: jss-errors explain nosuchbucket --lang zh
`;

export const LIST_HELP = `Usage: jss-errors list [--status <NNN>] [--json]

  --status <NNN>   only codes a client may receive with this status (e.g. 404)
  --json           [{ code, httpStatus, statuses, message }]
`;

export const SERVE_DOCS_HELP = `Usage: jss-errors serve-docs [--port <N>] [--host <H>]

  Serves the JSS error reference (the pages every docUrl, JSDoc @see and
  problem+json type names) until stopped, and prints its address.
  --port <N>   the port (default ${DEFAULT_DOCS_PORT}; 0 picks a free one)
  --host <H>   the address to listen on (default 127.0.0.1)

Then, in your application: setJssDocsBaseUrl('http://127.0.0.1:${DEFAULT_DOCS_PORT}/')
`;
