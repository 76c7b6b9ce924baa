#!/usr/bin/env node
// The public S3 conformance suite (ceph/s3-tests, vendored) against the stand-in, gated by a
// committed baseline of the expected failures. Starts the built `@jss/errors-testing` (no rules)
// on a free port, runs the selected cases with Debian's Python, and fails on any case that fails
// without a baseline entry, and on any baseline entry that no longer fails.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseBaseline, parseJunit, compare } from './gate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const vendor = join(here, 'vendor');
const standIn = join(here, '../../packages/errors-testing/dist/index.js');
// Debian's interpreter, where `apt-get install python3-boto3 …` puts the packages (a pyenv or venv
// `python3` earlier on PATH would not see them).
const { S3_CONFORMANCE_PYTHON, S3_CONFORMANCE_REPORT } = process.env;
const python = S3_CONFORMANCE_PYTHON ?? '/usr/bin/python3';
const PACKAGES =
  'python3-boto3 python3-pytest python3-isodate python3-requests python3-munch python3-lxml python3-dateutil python3-httplib2 python3-tz';

if (!existsSync(standIn)) fail(`${standIn} is missing: run \`pnpm build\` first.`);
const probe = await run(
  python,
  ['-c', 'import boto3, pytest, isodate, requests, munch, lxml, dateutil, httplib2, pytz'],
  {
    stdio: 'ignore',
  },
).catch(() => 1);
if (probe !== 0) fail(`${python} lacks the suite's packages: apt-get install -y ${PACKAGES}`);

const baselineFile = join(here, 'baseline.txt');
const baseline = parseBaseline(await readFile(baselineFile, 'utf8'));
const { startJssMock } = await import(pathToFileURL(standIn).href);
const mock = await startJssMock({ maxLoggedRequests: 100 });
const work = await mkdtemp(join(tmpdir(), 's3-conformance-'));
try {
  const conf = join(work, 's3tests.conf');
  await writeFile(conf, config(mock.port));
  // S3_CONFORMANCE_REPORT keeps pytest's JUnit XML (for a CI artifact, or to read why a case failed).
  const junit = S3_CONFORMANCE_REPORT ?? join(work, 'junit.xml');
  const started = Date.now();
  // pytest's own exit status is ignored: failures are expected, the baseline decides.
  await run(
    python,
    [
      '-m',
      'pytest',
      '-c',
      join(vendor, 'pytest.ini'),
      '--rootdir',
      vendor,
      '-p',
      'jss_conformance',
      '-q',
      '--no-header',
      '-rN',
      '--tb=no',
      '-o',
      'junit_family=xunit1',
      `--junitxml=${junit}`,
      ...process.argv.slice(2),
      join(vendor, 's3tests/functional/test_s3.py'),
      join(vendor, 's3tests/functional/test_headers.py'),
    ],
    {
      cwd: vendor,
      env: { ...process.env, S3TEST_CONF: conf, PYTHONPATH: here, PYTHONDONTWRITEBYTECODE: '1' },
      stdio: 'inherit',
    },
  );
  if (!existsSync(junit)) fail('pytest wrote no report (see its output above).');
  const results = parseJunit(await readFile(junit, 'utf8'));
  const seconds = Math.round((Date.now() - started) / 1000);
  const { counts, problems } = compare(results, baseline, { partial: process.argv.length > 2 });
  console.log(
    `\ns3-conformance: ${results.size} cases in ${seconds} s: ${counts.passed} passed, ${counts.failed} failed ` +
      `(${counts.expected} expected by the baseline: ${Object.entries(counts.byKind)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')}), ${counts.skipped} skipped`,
  );
  if (problems.length > 0) {
    console.error(`\n${problems.join('\n')}\n\nThe baseline is ${baselineFile}.`);
    process.exitCode = 1;
  } else console.log('s3-conformance: as the baseline expects.');
} finally {
  await mock.close();
  await rm(work, { recursive: true, force: true });
}

/** The suite's configuration: the stand-in checks no credentials, so any keys do. */
function config(port) {
  const user = (name) =>
    `display_name = ${name}\nuser_id = ${name}\nemail = ${name}@example.com\naccess_key = AK${name.toUpperCase().replace(/\W/g, '')}\nsecret_key = ${name}-secret\n`;
  return [
    `[DEFAULT]\nhost = 127.0.0.1\nport = ${port}\nis_secure = False\nssl_verify = False\n`,
    '[fixtures]\nbucket prefix = s3t-{random}-\n',
    `[s3 main]\n${user('main')}`,
    `[s3 alt]\n${user('alt')}`,
    `[s3 tenant]\n${user('tenant')}tenant = tenant\n`,
    `[iam]\n${user('iam')}`,
    `[iam root]\n${user('root')}`,
    `[iam alt root]\n${user('altroot')}`,
  ].join('\n');
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
}

function fail(message) {
  console.error(`s3-conformance: ${message}`);
  process.exit(1);
}
