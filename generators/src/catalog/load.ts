import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { buildModel } from '../model/build.js';
import type { CatalogModel } from '../model/types.js';
import { checkObservations } from '../observations/check.js';
import { CatalogError, compareDiagnostics, type Diagnostic } from './diagnostic.js';
import { checkRules } from './rules.js';
import { catalogSchemaJson } from './schema.js';
import { checkSchema, type PathProblem } from './schema-check.js';
import type { TargetCheck } from './target-check.js';
import { type CatalogPath, parseYamlSource } from './yaml-source.js';

export interface LoadOptions {
  /** Path of the catalog on disk. */
  readonly catalogPath: string;
  /** How the catalog is named in diagnostics and headers, e.g. `catalog/errors.yaml`. */
  readonly displayPath: string;
  /** Treat warnings (stale translations) as errors. */
  readonly strict?: boolean;
  /** Rules of the targets being generated, run beside the catalog's own. */
  readonly targetChecks?: readonly TargetCheck[];
  /** Probe reports to compare with the catalog; default: `observations/` beside the catalog. */
  readonly observationsDir?: string;
}

export interface LoadedCatalog {
  readonly model: CatalogModel;
  readonly warnings: readonly Diagnostic[];
}

/**
 * Reads, validates and normalizes a catalog. Every problem is reported at once, located in the
 * YAML; any error throws `CatalogError`, so no emitter ever sees a broken catalog.
 */
export function loadCatalog(options: LoadOptions): LoadedCatalog {
  let text: string;
  try {
    text = readFileSync(options.catalogPath, 'utf8');
  } catch (cause) {
    throw new CatalogError([
      {
        file: options.displayPath,
        line: 1,
        column: 1,
        severity: 'error',
        message: `cannot read the catalog: ${(cause as Error).message}`,
      },
    ]);
  }
  const source = parseYamlSource(options.displayPath, text);
  const locate = (p: CatalogPath) => source.locate(p);
  const located = (problems: readonly PathProblem[]) => {
    const diagnostics = problems.map((p): Diagnostic => {
      const { line, column } = source.locate(p.path, p.target);
      const severity = p.severity === 'warning' && !options.strict ? 'warning' : 'error';
      return { file: source.file, line, column, severity, message: p.message };
    });
    if (diagnostics.some((d) => d.severity === 'error')) throw new CatalogError(diagnostics.sort(compareDiagnostics));
    return diagnostics;
  };
  if (source.parseErrors.length > 0) throw new CatalogError(source.parseErrors);
  const warnings = located([...checkSchema(source.data), ...checkRules(source.data, locate)]);
  const model = buildModel(source.data, {
    catalogFile: options.displayPath,
    catalogText: text,
    schemaText: catalogSchemaJson,
  });
  // The targets' own rules read the model: the catalog passed its rules, so its shape is known.
  located((options.targetChecks ?? []).flatMap((check) => check(model, locate)));
  const observed = checkObservations(model, {
    dir: options.observationsDir ?? join(dirname(options.catalogPath), 'observations'),
    displayDir: options.observationsDir ?? posix.join(posix.dirname(options.displayPath), 'observations'),
    locate,
    catalogFile: options.displayPath,
  }).map((d) => (options.strict && d.severity === 'warning' ? { ...d, severity: 'error' as const } : d));
  if (observed.some((d) => d.severity === 'error')) throw new CatalogError([...warnings, ...observed]);
  return { model, warnings: [...warnings.sort(compareDiagnostics), ...observed] };
}
