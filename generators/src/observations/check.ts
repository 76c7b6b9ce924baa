import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../catalog/diagnostic.js';
import type { CatalogPath } from '../catalog/yaml-source.js';
import { lookupKeyOf } from '../model/naming.js';
import { packagesDir, runtimeModule } from '../model/runtime-module.js';
import type { CatalogModel, ErrorModel, SourcesModel } from '../model/types.js';

/** As much of a probe report as the generator reads; the CLI's `observation.ts` defines it. */
interface Observation {
  readonly case: string;
  readonly operation: string;
  readonly status: number;
  readonly code?: string;
  readonly message?: string;
}
interface Report {
  readonly observations: readonly Observation[];
}
interface Finding {
  readonly case: string;
  readonly kind: string;
  readonly text: string;
}
interface CatalogView {
  codeOf(received: string): string | undefined;
  bodilessCodeOf(status: number, operation: string): string | undefined;
  factsOf(code: string): { statuses: number[]; messages: string[]; elements: string[]; headers: string[] };
}

/**
 * `jss-errors probe`'s comparison, run here: one function decides what differs, for the CLI's
 * `--compare` and for `generate` (it imports no package, so it runs before anything is built).
 */
function probeCompare() {
  const module = runtimeModule(join(packagesDir, 'errors-cli', 'src', 'probe', 'compare.ts'));
  return module as unknown as {
    compareWithCatalog(report: Report, catalog: CatalogView): Finding[];
    observedCode(o: Observation, catalog: CatalogView): string | undefined;
    parseObservationReport(text: string): Report;
  };
}

export interface ObservationsOptions {
  /** The folder of probe reports (`catalog/observations`); absent or empty: nothing to compare. */
  readonly dir: string;
  /** How it is named in diagnostics, e.g. `catalog/observations`. */
  readonly displayDir: string;
  /** Where a path of the catalog is, for a citation's problem. */
  readonly locate: (path: CatalogPath) => { line: number; column: number };
  readonly catalogFile: string;
}

/**
 * Compares every probe report in the observations folder with the catalog, and checks what the
 * catalog cites from them: each difference is a warning located at its case in the report
 * (`--strict` makes it an error); a `messageSource: observed` entry without a citation, or a
 * citation of a file, a case, a code or a message the reports do not hold, is an error.
 */
export function checkObservations(model: CatalogModel, options: ObservationsOptions): Diagnostic[] {
  const names = reportNames(options.dir);
  const diagnostics: Diagnostic[] = [];
  const reports = new Map<string, Report>();
  const compare = names.length > 0 || model.errors.some(cites) ? probeCompare() : undefined;
  const view = catalogView(model);
  for (const name of names) {
    const file = `${options.displayDir}/${name}`;
    const text = readFileSync(join(options.dir, name), 'utf8');
    let report: Report;
    try {
      report = compare!.parseObservationReport(text);
    } catch (error) {
      diagnostics.push({ file, line: 1, column: 1, severity: 'error', message: `${(error as Error).message}` });
      continue;
    }
    reports.set(name, report);
    for (const finding of compare!.compareWithCatalog(report, view)) {
      if (finding.kind === 'note') continue;
      const { line, column } = caseLocation(text, finding.case);
      diagnostics.push({
        file,
        line,
        column,
        severity: 'warning',
        message: `${finding.case} differs from the catalog (${finding.kind}): ${finding.text}`,
      });
    }
  }
  model.errors.forEach((e, i) => {
    const problem = (path: CatalogPath, message: string) =>
      diagnostics.push({ file: options.catalogFile, ...options.locate(path), severity: 'error', message });
    if (e.messageSource === 'observed' && e.sources.observed === undefined) {
      problem(
        ['errors', i, 'messageSource'],
        `messageSource of "${e.code}" is observed, but its sources cite no observation`,
      );
    }
    const cases: [CatalogPath, SourcesModel, string][] = [
      [['errors', i, 'sources', 'observed'], e.sources, e.message],
      ...e.variants.map((v, j): [CatalogPath, SourcesModel, string] => [
        ['errors', i, 'variants', j, 'sources', 'observed'],
        v.sources,
        v.message,
      ]),
    ];
    for (const [at, sources, message] of cases) {
      const cited = sources.observed;
      if (cited === undefined) continue;
      const report = reports.get(cited.file);
      if (report === undefined) {
        if (!names.includes(cited.file)) problem([...at, 'file'], `${cited.file} is not in ${options.displayDir}/`);
        continue;
      }
      const o = report.observations.find((x) => x.case === cited.case);
      if (o === undefined) {
        problem([...at, 'case'], `${cited.file} has no case "${cited.case}"`);
        continue;
      }
      const code = compare!.observedCode(o, view);
      if (code !== e.code) {
        problem(
          [...at, 'case'],
          `case "${cited.case}" of ${cited.file} answered ${o.code ?? `a bodiless ${o.status}`}, not ${e.code}`,
        );
      } else if (o.message !== message) {
        problem(
          [...at, 'case'],
          `case "${cited.case}" of ${cited.file} carried the message ${JSON.stringify(o.message ?? null)}, not ${JSON.stringify(message)}`,
        );
      }
    }
  });
  return diagnostics;
}

const cites = (e: ErrorModel) => e.sources.observed !== undefined || e.variants.some((v) => v.sources.observed);

function reportNames(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
}

/** The line of a case's `"case": "…"` member in the report, else the file's start. */
function caseLocation(text: string, id: string): { line: number; column: number } {
  const index = text.indexOf(`"case": ${JSON.stringify(id)}`);
  if (index === -1) return { line: 1, column: 1 };
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The catalog being generated, as the comparison reads one (the CLI reads @jss/error-codes the same way). */
function catalogView(model: CatalogModel): CatalogView {
  const byKey = new Map<string, ErrorModel>();
  for (const e of model.errors) for (const k of e.lookupKeys) byKey.set(k, e);
  const byCode = new Map(model.errors.map((e) => [e.code, e]));
  return {
    codeOf: (received) => byKey.get(lookupKeyOf(received.trim()))?.code,
    bodilessCodeOf(status, operation) {
      const d = model.statusDefaults.find((x) => x.httpStatus === status);
      return d?.operations.find((o) => o.operation === operation)?.code ?? d?.code;
    },
    factsOf(code) {
      const e = byCode.get(code)!;
      return {
        statuses: [...e.statuses],
        messages: [e.message, ...e.variants.map((v) => v.message)],
        elements: e.params.flatMap((p) => (p.wire?.element === undefined ? [] : [p.wire.element])),
        headers: e.params.flatMap((p) => (p.wire?.header === undefined ? [] : [p.wire.header])),
      };
    },
  };
}
