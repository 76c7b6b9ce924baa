import type { CatalogModel } from '../model/types.js';
import type { TargetCheck } from '../catalog/target-check.js';
import { fillPlaceholders } from './placeholders.js';

/**
 * A catalog label in one locale, its `{placeholders}` filled from `values`. The catalog's rules
 * guarantee every locale; a label or value the emitter asks for but the catalog lacks is caught
 * by `requireLabels` before anything is emitted.
 */
export function label(model: CatalogModel, name: string, locale: string, values: Record<string, string> = {}): string {
  const text = model.labels[name]?.[locale];
  if (text === undefined) throw new Error(`label "${name}" has no ${locale} text`);
  return fillPlaceholders(text, values);
}

/** A target check: the labels a target prints must be in the catalog, reported at `labels`. */
export function requireLabels(names: readonly string[]): TargetCheck {
  return (data) => {
    const labels = (data as { labels?: unknown } | null)?.labels;
    const present = typeof labels === 'object' && labels !== null ? labels : {};
    return names
      .filter((name) => !(name in present))
      .map((name) => ({
        path: ['labels'],
        message: `label "${name}" is missing; the generated artifacts print it`,
        target: 'key' as const,
        severity: 'error' as const,
      }));
  };
}
