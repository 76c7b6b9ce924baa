import { createRequire } from 'node:module';

interface PublishedCatalog {
  readonly errors: readonly {
    readonly code: string;
    readonly params: readonly { readonly name: string; readonly description: Readonly<Record<string, string>> }[];
  }[];
}

let byCode: Map<string, Record<string, Readonly<Record<string, string>>>> | undefined;

/**
 * What each param of a code is, by param name then locale, from the catalog @jss/error-codes
 * publishes (its type and wire location are in `errorInfo`). Read on first use: only `explain`
 * needs it.
 */
export function paramDescriptionsOf(code: string): Readonly<Record<string, Readonly<Record<string, string>>>> {
  if (byCode === undefined) {
    const catalog = createRequire(import.meta.url)('@jss/error-codes/catalog/errors.json') as PublishedCatalog;
    byCode = new Map(
      catalog.errors.map((e) => [e.code, Object.fromEntries(e.params.map((p) => [p.name, p.description]))]),
    );
  }
  return byCode.get(code) ?? {};
}
