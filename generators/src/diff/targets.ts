import type { ChangeKind } from './change-kinds.js';

/**
 * Where a kind of change lands, as ONE explicit table: `writes` are the targets whose generated
 * files change (what each emitter publishes; test/diff-targets.test.ts checks this against the
 * emitters), `reaches` the packages that change behaviour through a dependency without a
 * generated file of their own changing (@jss/errors-server sends what @jss/errors classes carry;
 * @jss/errors resolves received codes and bodiless statuses through @jss/error-codes).
 *
 * Every catalog edit changes two packages whatever it is (`ALWAYS`): @jss/error-codes publishes the
 * catalog itself (`catalog/`), @jss/errors-openapi a fingerprint of it (`info.version`).
 */
export type Target =
  | '@jss/error-codes'
  | '@jss/errors'
  | '@jss/errors-i18n'
  | '@jss/errors-openapi'
  | '@jss/errors-cli'
  | 'docs';
export type PackageName = Exclude<Target, 'docs'> | '@jss/errors-server';

const CODES = '@jss/error-codes';
const ERRORS = '@jss/errors';
const I18N = '@jss/errors-i18n';
const OPENAPI = '@jss/errors-openapi';
const SERVER = '@jss/errors-server';
const CLI = '@jss/errors-cli';

interface Landing {
  readonly writes: readonly Target[];
  readonly reaches?: readonly PackageName[];
}

const EVERY: readonly Target[] = [CODES, ERRORS, I18N, OPENAPI, 'docs'];
const WIRE: Landing = { writes: [CODES, ERRORS, OPENAPI, 'docs'], reaches: [SERVER] };
const LOOKUP: Landing = { writes: [CODES, CLI, 'docs'], reaches: [ERRORS] };
// The server sends a param the wire carries; `explain` lists every param.
const PARAM: Landing = { writes: [CODES, ERRORS, I18N, 'docs'], reaches: [SERVER, CLI] };
const PARAM_WIRE: Landing = { writes: [CODES, ERRORS, OPENAPI, 'docs'], reaches: [SERVER, CLI] };
const TEXTS: Landing = { writes: [CODES, I18N, OPENAPI, 'docs'] };

export const LANDINGS: Readonly<Record<ChangeKind, Landing>> = {
  'code.added': { writes: EVERY },
  'code.removed': { writes: EVERY },
  'code.renamed': { writes: EVERY },
  'code.retired': { writes: EVERY },
  'code.reordered': { writes: EVERY },
  'status.changed': WIRE,
  'statuses.added': { writes: [CODES, OPENAPI, 'docs'] },
  'statuses.removed': { writes: [CODES, OPENAPI, 'docs'] },
  'message.changed': WIRE,
  'fault.changed': { writes: [CODES, ERRORS, OPENAPI, 'docs'] },
  'retry.changed': { writes: [CODES, ERRORS, OPENAPI, 'docs'] },
  'retryAfter.added': WIRE,
  'retryAfter.changed': WIRE,
  'retryAfter.removed': WIRE,
  'aws.changed': { writes: [CODES, OPENAPI, 'docs'] },
  'alias.added': LOOKUP,
  'alias.removed': LOOKUP,
  'variant.added': { writes: EVERY },
  'variant.removed': { writes: EVERY },
  'variant.message.changed': WIRE,
  'param.added': PARAM,
  'param.removed': PARAM,
  'param.renamed': PARAM,
  'param.retyped': PARAM,
  'param.description.changed': PARAM,
  'param.wire.added': PARAM_WIRE,
  'param.wire.changed': PARAM_WIRE,
  // The source text is also the class's JSDoc in @jss/errors.
  'text.source.changed': { writes: EVERY },
  'variant.text.source.changed': TEXTS,
  'text.translation.changed': TEXTS,
  'causes.changed': TEXTS,
  'notes.changed': { writes: [CODES, 'docs'] },
  'sources.changed': { writes: [CODES, 'docs'] },
  'messageSource.changed': { writes: [CODES] },
  'statusDefault.code.changed': { writes: [CODES, OPENAPI, 'docs'], reaches: [ERRORS] },
  'statusDefault.added': { writes: [CODES, OPENAPI, 'docs'], reaches: [ERRORS] },
  'statusDefault.removed': { writes: [CODES, OPENAPI, 'docs'], reaches: [ERRORS] },
  'statusDefault.operation.added': LOOKUP,
  'statusDefault.operation.removed': LOOKUP,
  'statusDefault.operation.changed': LOOKUP,
  'statusDefault.note.changed': { writes: [CODES, OPENAPI, 'docs'] },
  'label.changed': { writes: [CODES] },
  'locale.added': TEXTS,
  'locale.removed': TEXTS,
  'locale.source.changed': { writes: EVERY },
  'reference.changed': { writes: [CODES] },
  // Lifecycle (another module emits it): a deprecation marks the class, the info and the docs.
  'deprecation.added': { writes: [CODES, ERRORS, OPENAPI, 'docs'] },
  'deprecation.changed': { writes: [CODES, ERRORS, OPENAPI, 'docs'] },
  'deprecation.removed': { writes: [CODES, ERRORS, OPENAPI, 'docs'] },
  'field.changed': { writes: [CODES] },
};

/** Labels are printed by the target their name starts with (`docs.title`); `unknownCode` by i18n. */
export function labelTargets(name: string): readonly Target[] {
  // `docs.`: the Markdown reference, the site (docs/reference) and, for most, `jss-errors explain`.
  if (name.startsWith('docs.')) return [CODES, CLI, 'docs'];
  if (name.startsWith('site.')) return [CODES, 'docs'];
  if (name.startsWith('openapi.')) return [CODES, OPENAPI];
  if (!name.includes('.')) return [CODES, I18N];
  return [CODES];
}

export const ALWAYS: readonly Target[] = [CODES, OPENAPI];

/** The packages (not docs) a change lands in, in a stable order. */
export function packagesOf(targets: readonly Target[], reaches: readonly PackageName[] = []): PackageName[] {
  const all = new Set<string>([...targets, ...reaches]);
  return PACKAGE_ORDER.filter((p) => all.has(p));
}

export const PACKAGE_ORDER: readonly PackageName[] = [CODES, ERRORS, I18N, OPENAPI, SERVER, CLI];
