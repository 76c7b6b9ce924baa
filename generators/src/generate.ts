import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acceptTranslationsIn, type AcceptedInFile, type AcceptOptions } from './catalog/accept-file.js';
import { loadCatalog } from './catalog/load.js';
import type { Diagnostic } from './catalog/diagnostic.js';
import { emitters as defaultEmitters } from './emitters/index.js';
import type { CatalogModel } from './model/types.js';
import type { Emitter, GeneratedFile } from './output/generated-file.js';
import { type WritePlan, writeOutput } from './output/writer.js';

/** The repository this generator lives in: generators/dist/ → ../.. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface GenerateOptions {
  /** Catalog to read; default `<repo>/catalog/errors.yaml`. */
  readonly catalog?: string;
  /** Root the generated paths are relative to; default the repository. */
  readonly out?: string;
  /** Compare only: write nothing. */
  readonly check?: boolean;
  /** Stale translations are errors, not warnings. */
  readonly strict?: boolean;
  /** Probe reports to compare with the catalog; default `observations/` beside the catalog. */
  readonly observations?: string;
  readonly emitters?: readonly Emitter[];
}

export interface GenerateResult {
  /** The catalog as loaded, what every file was emitted from. */
  readonly model: CatalogModel;
  readonly plan: WritePlan;
  readonly files: readonly GeneratedFile[];
  readonly warnings: readonly Diagnostic[];
  /** True when `check` found generated files that differ from what would be generated. */
  readonly stale: boolean;
}

/** Load + validate → emit every target (pure) → write only what changed, all or nothing. */
export function generate(options: GenerateOptions = {}): GenerateResult {
  const catalogPath = resolve(options.catalog ?? resolve(repoRoot, 'catalog', 'errors.yaml'));
  const outDir = resolve(options.out ?? repoRoot);
  const emitters = options.emitters ?? defaultEmitters;
  const { model, warnings } = loadCatalog({
    catalogPath,
    displayPath: displayPath(catalogPath, outDir),
    strict: options.strict,
    ...(options.observations === undefined ? {} : { observationsDir: resolve(options.observations) }),
    targetChecks: emitters.flatMap((emitter) => (emitter.check ? [emitter.check] : [])),
  });
  const files = emitters.flatMap((emitter) => emitter.emit(model));
  const plan = writeOutput(outDir, emitters, files, { write: !options.check });
  const dirty = plan.created.length + plan.changed.length + plan.stale.length > 0;
  return { model, plan, files, warnings, stale: Boolean(options.check) && dirty };
}

/**
 * Marks checked translations as current: rewrites the stale `translates` hashes in the catalog
 * (all, or one locale's, or one code's), before a `generate` publishes the new catalog.
 */
export function acceptCatalogTranslations(
  options: Pick<GenerateOptions, 'catalog' | 'out'> & AcceptOptions,
): readonly AcceptedInFile[] {
  const catalogPath = resolve(options.catalog ?? resolve(repoRoot, 'catalog', 'errors.yaml'));
  const outDir = resolve(options.out ?? repoRoot);
  return acceptTranslationsIn(catalogPath, displayPath(catalogPath, outDir), {
    locale: options.locale,
    code: options.code,
  });
}

/**
 * How the catalog is named in headers and diagnostics: relative to the output root when it lies
 * inside it (`catalog/errors.yaml` for every default run, wherever the checkout is and whatever
 * the working directory), else relative to the working directory when inside that (a preview
 * with `--out`), else relative to the output root. Never absolute: headers must not carry a
 * machine's paths.
 */
function displayPath(path: string, outDir: string): string {
  const inside = (base: string) => {
    const rel = relative(base, path).split('\\').join('/');
    return rel.startsWith('../') || rel === '..' || isAbsolute(rel) ? undefined : rel;
  };
  return inside(outDir) ?? inside(process.cwd()) ?? relative(outDir, path).split('\\').join('/');
}
