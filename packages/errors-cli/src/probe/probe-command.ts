import { readFileSync, writeFileSync } from 'node:fs';
import { CommandFailure, parseArgs, UsageError } from '../args.js';
import { PROBE_HELP } from '../help.js';
import { type CliIo, EXIT } from '../io.js';
import { forTerminal } from '../terminal-text.js';
import { type ProbeCase, probeCases, SAMPLE_BODY, SAMPLE_KEY } from './cases.js';
import { errorCodesView } from './catalog-view.js';
import { compareWithCatalog, type Finding, hasDifferences, parseObservationReport } from './compare.js';
import { type Observation, type ObservationReport, observe, xmlErrorFields } from './observation.js';
import { objectPath, openSession, type ProbeSession, randomBucketName } from './session.js';

const FLAGS = {
  endpoint: 'value',
  region: 'value',
  bucket: 'value',
  out: 'value',
  timeout: 'value',
  compare: 'value',
  json: 'flag',
  help: 'flag',
} as const;

/**
 * `jss-errors probe --endpoint URL`: provokes a safe set of errors against an S3-compatible
 * endpoint and writes what it answered; `--compare FILE` checks such a file against the catalog.
 */
export async function probeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseArgs(args, FLAGS);
  if (flags.help) {
    io.stdout.write(PROBE_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (typeof flags.compare === 'string') return compareCommand(flags.compare, flags.json === true, io);
  if (typeof flags.endpoint !== 'string') throw new UsageError('probe needs --endpoint <url> (or --compare <file>)');
  const endpoint = parseEndpoint(flags.endpoint);
  const credentials = credentialsOf(io.env);
  const seconds = flags.timeout === undefined ? 15 : Number(flags.timeout);
  if (!(seconds > 0 && seconds <= 600)) throw new UsageError('--timeout takes seconds, 1 to 600');
  const ownsBucket = typeof flags.bucket !== 'string';
  const session = openSession({
    endpoint,
    region: typeof flags.region === 'string' ? flags.region : (io.env.AWS_REGION ?? 'cn-north-1'),
    credentials,
    bucket: ownsBucket ? randomBucketName() : (flags.bucket as string),
    ownsBucket,
    timeoutMs: seconds * 1000,
  });
  const observations = await runProbe(session, io);
  const report: ObservationReport = {
    probe: 1,
    endpoint: endpoint.origin,
    date: new Date().toISOString(),
    observations,
  };
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (typeof flags.out === 'string') writeReport(flags.out, json, io);
  else io.stdout.write(json);
  printFindings(compareWithCatalog(report, errorCodesView), io.stderr);
  return EXIT.ok;
}

/** Writes the report to `--out`; one that cannot be written goes to stdout, so no observation is lost. */
function writeReport(file: string, json: string, io: CliIo): void {
  try {
    writeFileSync(file, json);
  } catch (error) {
    io.stdout.write(json);
    throw new CommandFailure(`cannot write ${file} (${reasonOf(error)}); the report went to stdout`);
  }
}

/** Sets up (bucket, sample object), runs every case, and removes what it made, whatever happens. */
export async function runProbe(session: ProbeSession, io: Pick<CliIo, 'stderr'>): Promise<Observation[]> {
  const observations: Observation[] = [];
  // Only a bucket the probe did create is removed: a failed CreateBucket leaves nothing of ours.
  let createdBucket = false;
  try {
    if (session.ownsBucket) {
      await expectOk(session, 'CreateBucket', { method: 'PUT', path: objectPath(session.bucket) });
      createdBucket = true;
    }
    await expectOk(session, 'PutObject', {
      method: 'PUT',
      path: objectPath(session.bucket, SAMPLE_KEY),
      body: SAMPLE_BODY,
    });
    session.createdKeys.add(SAMPLE_KEY);
    for (const probe of probeCases()) {
      if (probe.needsOwnBucket && !session.ownsBucket) continue;
      observations.push(await observeCase(session, probe));
    }
  } finally {
    await cleanUp(session, createdBucket, io);
  }
  return observations;
}

async function observeCase(session: ProbeSession, probe: ProbeCase): Promise<Observation> {
  const facts = { case: probe.id, operation: probe.operation, expected: probe.expected, method: probe.method };
  try {
    const answer = await probe.run(session);
    return observe(facts, answer.status, answer.headers, answer.body);
  } catch (error) {
    return {
      ...facts,
      status: 0,
      headers: {},
      elements: {},
      message: reasonOf(error),
      bodyStart: '',
    };
  }
}

/** A set-up step that fails ends the probe with one line saying which step and why (no stack). */
async function expectOk(session: ProbeSession, operation: string, request: Parameters<ProbeSession['send']>[0]) {
  let answer: Awaited<ReturnType<ProbeSession['send']>>;
  try {
    answer = await session.send(request);
  } catch (error) {
    throw new CommandFailure(`set-up ${operation} failed: ${reasonOf(error)}`);
  }
  if (answer.status >= 300) {
    const code = xmlErrorFields(answer.body).Code;
    throw new CommandFailure(`set-up ${operation} answered ${answer.status}${code === undefined ? '' : ` ${code}`}`);
  }
}

/** fetch's `TypeError: fetch failed` says nothing; its cause (ECONNREFUSED, a timeout) does. */
function reasonOf(error: unknown): string {
  const message = String((error as Error)?.message ?? error);
  const cause = (error as { cause?: { code?: unknown; message?: unknown } })?.cause;
  const detail = cause?.code ?? cause?.message;
  return detail === undefined ? message : `${message} (${String(detail)})`;
}

/** Removes the objects and uploads the probe left, then its bucket; says what it could not remove. */
async function cleanUp(session: ProbeSession, createdBucket: boolean, io: Pick<CliIo, 'stderr'>): Promise<void> {
  const failures: string[] = [];
  const attempt = async (what: string, request: Parameters<ProbeSession['send']>[0]) => {
    try {
      const answer = await session.send(request);
      if (answer.status >= 300 && answer.status !== 404) failures.push(`${what}: ${answer.status}`);
    } catch (error) {
      failures.push(`${what}: ${(error as Error).message}`);
    }
  };
  for (const [key, uploadId] of session.openUploads) {
    await attempt(`upload ${key}`, { method: 'DELETE', path: objectPath(session.bucket, key), query: { uploadId } });
  }
  for (const key of session.createdKeys) {
    await attempt(`object ${key}`, { method: 'DELETE', path: objectPath(session.bucket, key) });
  }
  if (createdBucket) await attempt(`bucket ${session.bucket}`, { method: 'DELETE', path: objectPath(session.bucket) });
  if (failures.length > 0) {
    io.stderr.write(`jss-errors probe: could not remove, in ${forTerminal(session.bucket)}:\n`);
    for (const failure of failures) io.stderr.write(`  ${forTerminal(failure)}\n`);
  }
}

function compareCommand(file: string, asJson: boolean, io: CliIo): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  let report: ObservationReport;
  try {
    report = parseObservationReport(text);
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
  const findings = compareWithCatalog(report, errorCodesView);
  if (asJson) io.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  else printFindings(findings, io.stdout);
  return hasDifferences(findings) ? EXIT.notFound : EXIT.ok;
}

function printFindings(findings: readonly Finding[], out: CliIo['stdout']): void {
  const differences = findings.filter((f) => f.kind !== 'note').length;
  out.write(`${differences === 0 ? 'No difference' : `${differences} difference(s)`} from the catalog.\n`);
  for (const f of findings)
    out.write(`  ${f.kind === 'note' ? 'note' : 'DIFF'} ${forTerminal(f.case)}: ${forTerminal(f.text)}\n`);
}

function parseEndpoint(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--endpoint is not a URL: ${text}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError('--endpoint must be http(s)');
  return url;
}

function credentialsOf(env: CliIo['env']) {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) {
    throw new UsageError('probe signs with AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN if set)');
  }
  return { accessKeyId, secretAccessKey, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) };
}
