import type { DeprecationModel } from '../model/types.js';
import { block, type Code, lit, prop, ts } from '../ts/code.js';

/**
 * The JSDoc `@deprecated` tag of a deprecated code or variant (editors strike the name through),
 * in the source locale; `link` names what to use instead (`JssErrorCode.SlowDown`, `SlowDownError`).
 * Nothing when not deprecated.
 */
export function deprecatedTag(
  deprecated: DeprecationModel | undefined,
  source: string,
  link: (code: string) => string,
): string[] {
  if (deprecated === undefined) return [];
  const instead = deprecated.replacement === undefined ? '' : ` Use {@link ${link(deprecated.replacement)}} instead.`;
  return [`@deprecated Since ${deprecated.since}. ${deprecated.reason[source]!}${instead}`];
}

/** `{ since, replacement?, reason }` as a runtime literal, the reason in the source locale. */
export function deprecationLiteral(deprecated: DeprecationModel, source: string): Code {
  return block([
    ts`since: ${lit(deprecated.since)}`,
    ...(deprecated.replacement === undefined ? [] : [ts`replacement: ${lit(deprecated.replacement)}`]),
    prop('reason', lit(deprecated.reason[source]!)),
  ]);
}
