import type { CatalogModel, RetiredModel } from '../model/types.js';
import { array, block, type Code, doc, key, lit, prop, ts, union } from '../ts/code.js';

/**
 * `src/generated/retired.ts` of @jss/error-codes: the codes removed from the catalog, which the
 * parser still recognises (case-insensitively and by their aliases) to say they are retired.
 */
export function retiredModule(model: CatalogModel): Code[] {
  const source = model.locales.source;
  const codes = model.retired.map((r) => lit(r.code));
  const keys = model.retired.flatMap((r) => r.lookupKeys.map((k) => ts`${key(k)}: ${lit(r.code)}`));
  return [
    ts`import type { JssRetiredCodeInfo } from '../types.js';`,
    ts`${doc('A code the catalog retired: no longer sent, never reused, still recognised.')}
export type JssRetiredCodeName = ${union(codes)};`,
    ts`${doc('Every retired code, in catalog order.')}
export const jssRetiredCodes: readonly JssRetiredCodeName[] = ${array(codes)};`,
    ts`${doc('What the catalog kept of each retired code: when and why, what to use instead, what it was.')}
export const retiredCodeInfo = ${block(model.retired.map((r) => ts`${key(r.code)}: ${retiredLiteral(r, source)}`))} as const;
retiredCodeInfo satisfies Record<JssRetiredCodeName, JssRetiredCodeInfo>;`,
    ts`${doc('Lower-cased retired code or alias → retired code.')}
export const retiredCodeIndex: Readonly<Record<string, JssRetiredCodeName>> = ${block(keys)};`,
  ];
}

function retiredLiteral(r: RetiredModel, source: string): Code {
  return block([
    ts`since: ${lit(r.since)}`,
    ...(r.replacement === undefined ? [] : [ts`replacement: ${lit(r.replacement)}`]),
    prop('reason', lit(r.reason[source]!)),
    ts`httpStatus: ${r.httpStatus}`,
    prop('message', lit(r.message)),
    ts`aliases: ${array(r.aliases.map((a) => lit(a)))}`,
  ]);
}
