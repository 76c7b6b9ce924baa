import { StructureKind } from 'ts-morph';
import type { CatalogModel, ErrorModel } from '../../model/types.js';
import {
  arrayBlock,
  constStatement,
  docText,
  literal,
  objectBlock,
  printModule,
  propertyKey,
  unionType,
  unionTypeAlias,
} from '../../ts/print.js';
import { localeIdentifier, messagesOf, UNKNOWN_CODE_KEY } from './messages.js';

/** `src/generated/locales/<locale>.ts`: one locale's bundle, importing nothing at run time. */
export function localeModule(model: CatalogModel, locale: string): string {
  const entries = messagesOf(model, locale).map(([key, text]) => `${propertyKey(key)}: ${literal(text)}`);
  return printModule([
    `import type { JssMessageBundle } from '../../bundle.js';`,
    constStatement({
      doc: `Text of every code and variant in \`${locale}\`, by message key (\`Code\` or \`Code_variant\`).`,
      name: 'messages',
      value: objectBlock(entries),
      exported: false,
    }),
    constStatement({
      doc: `The \`${locale}\` bundle: pass it to \`registerJssMessages\` or in \`formatJssError\`'s \`bundles\`.`,
      name: 'bundle',
      type: `JssMessageBundle<${literal(locale)}>`,
      value: `{ locale: ${literal(locale)}, messages }`,
    }),
    'export default bundle;',
  ]);
}

/** `src/generated/all.ts`: every locale at once, for servers that serve them all. */
export function allModule(model: CatalogModel): string {
  const ids = model.locales.all.map((locale) => [locale, localeIdentifier(locale)] as const);
  return printModule([
    [
      `import type { JssMessageBundle } from '../bundle.js';`,
      ...ids.map(([locale, id]) => `import ${id} from ${literal(`./locales/${locale}.js`)};`),
    ].join('\n'),
    constStatement({
      doc: "Every locale's bundle, the source locale first: `registerJssMessages(...jssMessageBundles)`.",
      name: 'jssMessageBundles',
      type: 'readonly JssMessageBundle[]',
      value: `[${ids.map(([, id]) => id).join(', ')}]`,
    }),
    `export { ${ids.map(([, id]) => id).join(', ')} };`,
  ]);
}

/** `src/generated/meta.ts`: locales, message keys and per-code placeholder types, all from the catalog. */
export function metaModule(model: CatalogModel): string {
  const keys = [
    ...model.errors.flatMap((e) => [e.messageKey, ...e.variants.map((v) => v.messageKey)]),
    UNKNOWN_CODE_KEY,
  ];
  return printModule([
    unionTypeAlias(
      { name: 'JssLocale', isExported: true, docs: ['A locale the catalog has text in.'] },
      model.locales.all.map(literal),
    ),
    constStatement({
      doc: 'Every locale the catalog has text in, the source locale first.',
      name: 'JSS_LOCALES',
      type: 'readonly JssLocale[]',
      value: arrayBlock(model.locales.all.map(literal)),
    }),
    constStatement({
      doc: 'The locale every other locale translates from; the fallback of negotiation.',
      name: 'JSS_SOURCE_LOCALE',
      type: 'JssLocale',
      value: literal(model.locales.source),
    }),
    constStatement({
      doc: 'The key of the sentence shown for a code a bundle does not know; it has the placeholder `{code}`.',
      name: 'JSS_UNKNOWN_CODE_KEY',
      value: `${literal(UNKNOWN_CODE_KEY)} as const`,
    }),
    unionTypeAlias(
      {
        name: 'JssMessageKey',
        isExported: true,
        docs: ['Every key of a bundle: `Code`, `Code_variant` (i18next context keys), and the unknown-code sentence.'],
      },
      keys.map(literal),
    ),
    {
      kind: StructureKind.Interface,
      name: 'JssErrorParams',
      isExported: true,
      docs: ["The placeholders of each code's text (its variants use the same), by name, with their types."],
      properties: model.errors.map((e) => ({ name: e.code, type: paramsType(e), docs: paramsDocs(e) })),
    },
    {
      kind: StructureKind.Interface,
      name: 'JssErrorVariants',
      isExported: true,
      docs: ['The variant ids of each code (`never` when it has none).'],
      properties: model.errors.map((e) => ({ name: e.code, type: unionType(e.variants.map((v) => literal(v.id))) })),
    },
  ]);
}

function paramsType(e: ErrorModel): string {
  if (e.params.length === 0) return 'Record<never, never>';
  return `{ ${e.params.map((p) => `readonly ${propertyKey(p.name)}?: ${p.type === 'integer' ? 'number' : 'string'}`).join('; ')} }`;
}

function paramsDocs(e: ErrorModel): string[] {
  return e.params.length === 0 ? [] : [e.params.map((p) => `\`{${p.name}}\`: ${docText(p.description)}`).join('\n')];
}
