import { CHANGE_KINDS, type ChangeKind } from './change-kinds.js';
import type { Impact } from './impact.js';
import { ALWAYS, LANDINGS, labelTargets, type PackageName, packagesOf, type Target } from './targets.js';

/** One semantic change between two catalogs. */
export interface Change {
  readonly kind: ChangeKind;
  readonly impact: Impact;
  /** The code it is about (the new name of a renamed code); absent for catalog-wide changes. */
  readonly code?: string;
  readonly variant?: string;
  /** What changed, in words: `status 400 → 503`. Catalog text enters it quoted. */
  readonly what: string;
  readonly targets: readonly Target[];
  readonly packages: readonly PackageName[];
}

export interface ChangeInput {
  readonly code?: string;
  readonly variant?: string;
  readonly what: string;
  /** For labels: the label's name, which decides its targets. */
  readonly label?: string;
}

export function change(kind: ChangeKind, input: ChangeInput): Change {
  const landing = LANDINGS[kind];
  const own = input.label === undefined ? landing.writes : labelTargets(input.label);
  const targets = [...new Set([...ALWAYS, ...own])];
  return {
    kind,
    impact: CHANGE_KINDS[kind],
    ...(input.code === undefined ? {} : { code: input.code }),
    ...(input.variant === undefined ? {} : { variant: input.variant }),
    what: input.what,
    targets,
    packages: packagesOf(targets, landing.reaches),
  };
}
