import { readFileSync, watch } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { CatalogError, formatDiagnostic } from '../catalog/diagnostic.js';
import { diffCatalogs } from '../diff/diff.js';
import { summaryParagraph } from '../diff/format.js';
import { type Previous, previousCatalog, previousModel } from '../diff/side.js';
import { generate, type GenerateOptions, repoRoot } from '../generate.js';
import type { CatalogModel } from '../model/types.js';
import { LockHeldError, OutputError } from '../output/writer.js';
import { debounce } from './debounce.js';

/** Time between the last event of a save and the regeneration. */
const DEBOUNCE_MS = 40;
/** How often a run refused by another run's lock tries again. */
const LOCK_RETRY_MS = 1000;

/**
 * `generate --watch` inside one process: regenerates on every save of the catalog, prints the
 * semantic summary of each good save, and for a broken one its errors (nothing is written) and
 * keeps watching. The generator's own sources are watched by scripts/generate.mjs, which
 * rebuilds and restarts this process: a running process cannot reload its modules.
 */
export function watchCatalog(options: Pick<GenerateOptions, 'catalog' | 'out' | 'strict'>): void {
  const catalog = resolve(options.catalog ?? resolve(repoRoot, 'catalog', 'errors.yaml'));
  const out = resolve(options.out ?? repoRoot);
  // Loaded at the first run only if it is not that run's catalog.
  let before: CatalogModel | Previous = previousCatalog(out);

  /** The text last generated or refused as broken: a save of the same text has nothing to do. */
  let seen: string | undefined;
  let retry: NodeJS.Timeout | undefined;
  /** True while a run waits for another run's lock, so that is said once. */
  let waiting = false;
  const run = () => {
    clearTimeout(retry);
    retry = undefined;
    const start = performance.now();
    // An editor's save can fire after the content settled, or touch the file unchanged.
    const text = readText(catalog);
    if (text !== undefined && text === seen) return;
    try {
      const result = generate({ ...options, catalog, out });
      seen = text;
      for (const warning of result.warnings) process.stderr.write(`${formatDiagnostic(warning)}\n`);
      const { created, changed, stale, unchanged } = result.plan;
      const was = 'errors' in before ? before : previousModel(before, result.model);
      const summary =
        'none' in was ? 'First generate: nothing to compare with.' : summaryParagraph(diffCatalogs(was, result.model));
      before = result.model;
      const ms = Math.round(performance.now() - start);
      process.stdout.write(
        `generate: ${created.length + changed.length} written, ${stale.length} removed, ${unchanged.length} unchanged (${ms} ms). ${summary}\n`,
      );
    } catch (error) {
      if (error instanceof CatalogError) {
        seen = text; // the text itself is wrong: nothing to retry until it changes
        process.stderr.write(
          `${error.diagnostics.map(formatDiagnostic).join('\n')}\nNothing was written; still watching.\n`,
        );
      } else if (error instanceof LockHeldError) {
        if (!waiting) process.stderr.write(`generate: ${error.message}\nRetrying until it is free.\n`);
        waiting = true;
        retry = setTimeout(run, LOCK_RETRY_MS);
        return;
      } else if (error instanceof OutputError) {
        // Not `seen`: the next save regenerates, even with the same text.
        process.stderr.write(`generate: ${error.message}\nStill watching; save again to retry.\n`);
      } else throw error;
    }
    waiting = false;
  };
  const onChange = debounce(run, DEBOUNCE_MS);
  // The folder, not the file: editors save by renaming a new file over the old one. Watched
  // before the first run, so a save during it is not missed.
  watch(dirname(catalog), (_event, name) => {
    if (name === null || name === basename(catalog)) onChange();
  });
  run();
  process.stdout.write(`generate --watch: watching ${catalog}\n`);
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
