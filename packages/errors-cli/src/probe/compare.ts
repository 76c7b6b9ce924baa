import { KEPT_HEADERS, type Observation, type ObservationReport } from './observation.js';

/** One way an endpoint's answer differs from the catalog; `note`s are facts, not differences. */
export interface Finding {
  readonly case: string;
  readonly kind: 'code' | 'unknown-code' | 'status' | 'message' | 'element' | 'no-error' | 'note';
  readonly text: string;
}

/**
 * What the comparison needs of a catalog. `jss-errors probe` reads it from @jss/error-codes
 * (`catalogViewOfErrorCodes`); `pnpm generate` from the catalog it loads, so both compare the
 * same way: this module is the one comparison, and imports no package.
 */
export interface CatalogView {
  /** The catalog code a received code (or alias) names; undefined when the catalog does not know it. */
  codeOf(received: string): string | undefined;
  /** The code a client reads a bodiless answer of `status` to `operation` as. */
  bodilessCodeOf(status: number, operation: string): string | undefined;
  /** The facts of a code `codeOf` or `bodilessCodeOf` returned. */
  factsOf(code: string): CodeFacts;
}

export interface CodeFacts {
  readonly statuses: readonly number[];
  /** The code's wire message, then its variants'. */
  readonly messages: readonly string[];
  /** The body elements and response headers its params declare. */
  readonly elements: readonly string[];
  readonly headers: readonly string[];
}

/** Elements every error carries (`statusCode` is JSS's own); the others are the code's fields. */
const COMMON_ELEMENTS = new Set(['RequestId', 'HostId', 'Resource', 'statusCode']);

/** Compares each observation with what the catalog says of its code, status, message and fields. */
export function compareWithCatalog(report: ObservationReport, catalog: CatalogView): Finding[] {
  return report.observations.flatMap((observation) => compareOne(observation, catalog));
}

/** The code an observed answer means to the catalog: the code received, else the status's bodiless code. */
export function observedCode(o: Observation, catalog: CatalogView): string | undefined {
  return o.code === undefined ? catalog.bodilessCodeOf(o.status, o.operation) : catalog.codeOf(o.code);
}

function compareOne(o: Observation, catalog: CatalogView): Finding[] {
  const out: Finding[] = [];
  const add = (kind: Finding['kind'], text: string) => out.push({ case: o.case, kind, text });
  if (o.status === 0) {
    add('no-error', `no answer: ${o.message ?? 'the request failed'}`);
    return out;
  }
  if (o.status < 300 && o.code === undefined) {
    if (o.expected !== null) add('no-error', `answered ${o.status}, not an error; the catalog expects ${o.expected}`);
    return out;
  }
  const received = o.code;
  const code = observedCode(o, catalog);
  if (received !== undefined && code === undefined) {
    add('unknown-code', `sent ${received} (${o.status}), which the catalog does not know: a new code or an alias`);
    return out;
  }
  if (o.expected !== null && code !== o.expected) {
    const what = received === undefined ? `a bodiless ${o.status}, read as ${code ?? 'no code'}` : `${received}`;
    add('code', `sent ${what}; the catalog expects ${o.expected}`);
  }
  if (code === undefined) return out;
  const facts = catalog.factsOf(code);
  if (!facts.statuses.includes(o.status))
    add('status', `${code} came with ${o.status}; the catalog has ${facts.statuses.join(', ')}`);
  if (o.message !== undefined && !facts.messages.includes(o.message)) {
    add('message', `${code}'s message was "${o.message}"; the catalog has "${facts.messages[0]}"`);
  }
  const own = Object.keys(o.elements).filter((name) => !COMMON_ELEMENTS.has(name));
  const undeclared = own.filter((name) => !facts.elements.includes(name));
  if (undeclared.length > 0)
    add('element', `${code} carried ${undeclared.join(', ')}, which the catalog does not declare`);
  // Only a body was read, and only the kept headers: what is missing from those is known to be missing.
  const missing = [
    ...(o.code === undefined ? [] : facts.elements.filter((name) => !own.includes(name))),
    ...facts.headers.filter(
      (name) => KEPT_HEADERS.includes(name.toLowerCase()) && o.headers[name.toLowerCase()] === undefined,
    ),
  ];
  if (missing.length > 0) add('note', `${code} came without ${missing.join(', ')}, which the catalog declares`);
  const ids = ['x-req-id', 'x-jdcloud-request-id', 'x-trace'].filter((name) => o.headers[name] !== undefined);
  if (ids.length > 0) add('note', `request ids also in ${ids.join(', ')}`);
  return out;
}

/** Whether the findings include a difference (notes are not). */
export const hasDifferences = (findings: readonly Finding[]) => findings.some((f) => f.kind !== 'note');

/** A probe report from its JSON text; throws an Error saying what is wrong with it. */
export function parseObservationReport(text: string): ObservationReport {
  const report = JSON.parse(text) as ObservationReport;
  if (report?.probe !== 1 || !Array.isArray(report.observations)) throw new Error('not a probe report');
  for (const o of report.observations) {
    if (typeof o?.case !== 'string' || typeof o.status !== 'number' || typeof o.elements !== 'object') {
      throw new Error('not a probe report: an observation lacks its case, status or elements');
    }
  }
  return report;
}
