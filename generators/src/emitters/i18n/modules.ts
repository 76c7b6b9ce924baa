import type { CatalogModel, ErrorModel } from '../../model/types.js';
import { array, block, type Code, doc, id, join, key, lit, prop, ts, union } from '../../ts/code.js';
import { localeIdentifier, messagesOf, UNKNOWN_CODE_KEY } from './messages.js';

/** `src/generated/locales/<locale>.ts`: one locale's bundle, importing nothing at run time. */
export function localeModule(model: CatalogModel, locale: string): Code[] {
  const entries = messagesOf(model, locale).map(([k, text]) => prop(k, lit(text)));
  return [
    ts`import type { JssMessageBundle } from '../../bundle.js';`,
    ts`${doc(`Text of every code and variant in \`${locale}\`, by message key (\`Code\` or \`Code_variant\`).`)}
const messages = ${block(entries)};`,
    ts`${doc(`The \`${locale}\` bundle: pass it to \`registerJssMessages\` or in \`formatJssError\`'s \`bundles\`.`)}
export const bundle: JssMessageBundle<${lit(locale)}> = { locale: ${lit(locale)}, messages };`,
    ts`export default bundle;`,
  ];
}

/** `src/generated/all.ts`: every locale at once, for servers that serve them all. */
export function allModule(model: CatalogModel): Code[] {
  const ids = model.locales.all.map((locale) => [locale, id(localeIdentifier(locale))] as const);
  return [
    join(
      [
        ts`import type { JssMessageBundle } from '../bundle.js';`,
        ...ids.map(([locale, name]) => ts`import ${name} from ${lit(`./locales/${locale}.js`)};`),
      ],
      'line',
    ),
    ts`${doc("Every locale's bundle, the source locale first: `registerJssMessages(...jssMessageBundles)`.")}
export const jssMessageBundles: readonly JssMessageBundle[] = ${array(ids.map(([, name]) => name))};`,
    ts`export { ${join(
      ids.map(([, name]) => name),
      ', ',
    )} };`,
  ];
}

/** `src/generated/meta.ts`: locales, message keys and per-code placeholder types, all from the catalog. */
export function metaModule(model: CatalogModel): Code[] {
  const keys = messagesOf(model, model.locales.source).map(([k]) => k);
  const locales = model.locales.all.map((l) => lit(l));
  return [
    ts`${doc('A locale the catalog has text in.')}
export type JssLocale = ${union(locales)};`,
    ts`${doc('Every locale the catalog has text in, the source locale first.')}
export const jssLocales: readonly JssLocale[] = ${array(locales)};`,
    ts`${doc('The locale every other locale translates from; the fallback of negotiation.')}
export const JSS_SOURCE_LOCALE: JssLocale = ${lit(model.locales.source)};`,
    ts`${doc('The key of the sentence shown for a code a bundle does not know; it has the placeholder `{code}`.')}
export const JSS_UNKNOWN_CODE_KEY = ${lit(UNKNOWN_CODE_KEY)} as const;`,
    ts`${doc('Every key of a bundle: `Code`, `Code_variant` (i18next context keys), retired codes, and the unknown-code sentence.')}
export type JssMessageKey = ${union(keys.map((k) => lit(k)))};`,
    ts`${doc("The placeholders of each code's text (its variants use the same), by name, with their types.")}
export interface JssErrorParams ${block(
      model.errors.map((e) => ts`${paramsDoc(model, e)}${key(e.code)}: ${paramsType(e)}`),
      ';',
    )}`,
    ts`${doc('The variant ids of each code (`never` when it has none).')}
export interface JssErrorVariants ${block(
      model.errors.map((e) => ts`${key(e.code)}: ${union(e.variants.map((v) => lit(v.id)))}`),
      ';',
    )}`,
  ];
}

function paramsType(e: ErrorModel): Code {
  if (e.params.length === 0) return ts`Record<never, never>`;
  return block(
    e.params.map((p) => ts`readonly ${key(p.name)}?: ${id(p.tsType)}`),
    ';',
  );
}

function paramsDoc(model: CatalogModel, e: ErrorModel): Code {
  if (e.params.length === 0) return ts``;
  return ts`${doc(...e.params.map((p) => `\`{${p.name}}\`: ${p.description[model.locales.source]}`))}
`;
}

/**
 * `src/generated/causes/<locale>.ts`: the likely causes and what to do, per message key (a variant
 * without causes of its own has its code's), as a separate bundle an app loads only when it
 * explains errors.
 */
export function causesModule(model: CatalogModel, locale: string): Code[] {
  const entries = model.errors.flatMap((e) => {
    const own = [{ key: e.messageKey, causes: e.causes }];
    const variants = e.variants.map((v) => ({ key: v.messageKey, causes: v.causes.length > 0 ? v.causes : e.causes }));
    return [...own, ...variants]
      .filter((c) => c.causes.length > 0)
      .map(
        ({ key: k, causes }) =>
          ts`${key(k)}: ${array(causes.map((c) => block([prop('cause', lit(c.cause[locale]!)), prop('fix', lit(c.fix[locale]!))])))}`,
      );
  });
  return [
    ts`import type { JssCausesBundle } from '../../causes.js';`,
    ts`${doc(`Causes and fixes of every code and variant in \`${locale}\`, by message key.`)}
const causes = ${block(entries)};`,
    ts`${doc(`The \`${locale}\` causes: pass it in \`jssErrorCauses\`'s \`bundles\`.`)}
export const bundle: JssCausesBundle<${lit(locale)}> = { locale: ${lit(locale)}, causes };`,
    ts`export default bundle;`,
  ];
}
