// The conformance gate: a run's results against the committed baseline of expected failures.

/** Why a case is expected to fail; every baseline entry names one. */
export const KINDS = {
  'jss-differs': 'JSS answers otherwise than S3 (the catalog code or seed is cited)',
  'out-of-scope': 'the stand-in does not emulate it',
  'test-wrong': 'the test asserts what JSS (or S3) does not promise',
};

/**
 * `baseline.txt`: one expected failure a line, `<file>::<case> <kind> <reason>`; `#` starts a
 * comment. A malformed line, an unknown kind, a missing reason or a repeated case is an error.
 */
export function parseBaseline(text) {
  const entries = new Map();
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const match = /^(\S+::\S+)\s+(\S+)\s+(\S.*)$/.exec(line);
    const where = `baseline.txt:${index + 1}`;
    if (match === null) throw new Error(`${where}: expected "<file>::<case> <kind> <reason>", got "${line}"`);
    const [, id, kind, reason] = match;
    if (!(kind in KINDS)) throw new Error(`${where}: kind "${kind}" is not one of ${Object.keys(KINDS).join(', ')}`);
    if (entries.has(id)) throw new Error(`${where}: ${id} is listed twice`);
    entries.set(id, { kind, reason });
  });
  return entries;
}

/** pytest's JUnit XML as `<file>::<case>` → passed | failed | skipped (failed if any phase failed or errored). */
export function parseJunit(xml) {
  const results = new Map();
  for (const match of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const attributes = match[1];
    const file = /classname="[^"]*?([^".]+)"/.exec(attributes)?.[1];
    const name = /\bname="([^"]*)"/.exec(attributes)?.[1];
    const body = match[2] ?? '';
    const status = /<(failure|error)\b/.test(body) ? 'failed' : /<skipped\b/.test(body) ? 'skipped' : 'passed';
    const id = `${file}::${unescapeXml(name)}`;
    if (results.get(id) !== 'failed') results.set(id, status);
  }
  return results;
}

/** The counts of a run, and every difference from the baseline as a message (none: the gate passes). */
export function compare(results, baseline, { partial = false } = {}) {
  const counts = { passed: 0, failed: 0, skipped: 0, expected: 0, byKind: {} };
  const regressions = [];
  const fixed = [];
  for (const [id, status] of results) {
    counts[status] += 1;
    const entry = baseline.get(id);
    if (status === 'failed' && entry === undefined) regressions.push(id);
    if (status === 'failed' && entry !== undefined) {
      counts.expected += 1;
      counts.byKind[entry.kind] = (counts.byKind[entry.kind] ?? 0) + 1;
    }
    if (status === 'passed' && entry !== undefined) fixed.push(id);
  }
  // A partial run (pytest arguments narrowed it) cannot tell a case that no longer exists.
  const missing = partial ? [] : [...baseline.keys()].filter((id) => !results.has(id));
  const problems = [];
  if (regressions.length > 0)
    problems.push(
      `${regressions.length} case(s) failed that the baseline does not expect (a regression: fix it, or add "<case> <kind> <reason>" to the baseline if JSS really answers so):`,
      ...regressions.map((id) => `  ${id}`),
    );
  if (fixed.length > 0)
    problems.push(
      `${fixed.length} baseline case(s) now pass: remove them from the baseline so it stays true:`,
      ...fixed.map((id) => `  ${id}`),
    );
  if (missing.length > 0)
    problems.push(
      `${missing.length} baseline case(s) were not run (renamed, or no longer selected): remove them from the baseline:`,
      ...missing.map((id) => `  ${id}`),
    );
  return { counts, problems };
}

function unescapeXml(text) {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
