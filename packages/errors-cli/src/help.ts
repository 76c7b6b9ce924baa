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
  jss-errors probe --endpoint <url> [--bucket <name>] [--out <file>]
      Provokes a safe set of errors against an S3-compatible endpoint and writes
      what it answered (JSON); jss-errors probe --compare <file> checks such a
      file against the catalog.
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

export const PROBE_HELP = `Usage: jss-errors probe --endpoint <url> [--region <r>] [--bucket <name>] [--out <file>] [--timeout <s>]
       jss-errors probe --compare <file> [--json]

  Sends about 30 requests, most of them ones an endpoint must refuse (a missing key,
  a wrong signature, a skewed clock, a bad Content-MD5, an invalid range, ...) and
  records each answer: status, code, message, headers, the error's other elements.
  Credentials come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (AWS_SESSION_TOKEN).
  Everything happens in a new bucket named jss-probe-<random>, removed at the end, or
  with --bucket under the prefix jss-probe/ of that bucket, whose objects are removed
  (the bucket itself is kept and never deleted). Requests are path-style.

  --endpoint <url>   e.g. https://s3.cn-north-1.jdcloud-oss.com
  --region <r>       signing region (default AWS_REGION, else cn-north-1)
  --bucket <name>    use this bucket instead of creating one
  --out <file>       write the report there instead of stdout
  --timeout <s>      per request (default 15)
  --compare <file>   compare a report with the catalog: exit 1 on any difference
  --json             with --compare, the findings as JSON
`;

export const SERVE_DOCS_HELP = `Usage: jss-errors serve-docs [--port <N>] [--host <H>]

  Serves the JSS error reference (the pages every docUrl, JSDoc @see and
  problem+json type names) until stopped, and prints its address.
  --port <N>   the port (default ${DEFAULT_DOCS_PORT}; 0 picks a free one)
  --host <H>   the address to listen on (default 127.0.0.1)

Then, in your application: setJssDocsBaseUrl('http://127.0.0.1:${DEFAULT_DOCS_PORT}/')
`;
