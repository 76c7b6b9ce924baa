import type { CatalogModel } from '../model/types.js';
import type { Emitter } from '../output/generated-file.js';
import { label, requireLabels } from '../text/label.js';
import { array, block, doc, key, lit, prop, ts } from '../ts/code.js';
import { tsFile } from './ts-file.js';
import { FACT_LABELS } from './fact-labels.js';

const SRC = 'packages/errors-cli/src/generated';

/** The reference's labels `jss-errors explain` prints, so the terminal reads like the page. */
const CLI_LABELS = [...FACT_LABELS, 'causes'] as const;
/** The site's words for the details a code carries, which `explain` lists the same way. */
const FIELD_LABELS = ['fieldsTitle', 'fieldElement', 'fieldHeader', 'fieldNotSent'] as const;

/** @jss/errors-cli: the labels per locale, param descriptions and each code's aliases (texts come from @jss/errors-i18n). */
export const cliEmitter: Emitter = {
  name: 'cli',
  ownedDirs: [SRC],
  check: requireLabels([...CLI_LABELS.map((l) => `docs.${l}`), ...FIELD_LABELS.map((l) => `site.${l}`)]),
  emit(model) {
    return [tsFile(model, `${SRC}/labels.ts`, labelsModule(model))];
  },
};

function labelsModule(model: CatalogModel) {
  // `{seconds}` stays a placeholder: the CLI fills it per code.
  const perLocale = (locale: string) =>
    block([
      ...CLI_LABELS.map((l) => prop(l, lit(label(model, `docs.${l}`, locale)))),
      ...FIELD_LABELS.map((l) => prop(l, lit(label(model, `site.${l}`, locale)))),
    ]);
  const withParams = model.errors.filter((e) => e.params.length > 0);
  const descriptions = (locale: string) =>
    block(
      withParams.map(
        (e) => ts`${key(e.code)}: ${block(e.params.map((p) => ts`${key(p.name)}: ${lit(p.description[locale]!)}`))}`,
      ),
    );
  const withAliases = model.errors.filter((e) => e.aliases.length > 0);
  return [
    ts`${doc('The reference\u2019s labels, by locale then name; `retryAfter` has the placeholder `{seconds}`.')}
export const cliLabels = ${block(model.locales.all.map((locale) => ts`${key(locale)}: ${perLocale(locale)}`))} as const;`,
    ts`${doc('A label set, as every locale has it.')}
export type CliLabels = (typeof cliLabels)[${lit(model.locales.source)}];`,
    ts`${doc('What each param of a code is, by locale, code and param (its type and wire location are in `errorInfo`).')}
export const paramDescriptions: Readonly<
  Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>
> = ${block(model.locales.all.map((locale) => ts`${key(locale)}: ${descriptions(locale)}`))};`,
    ts`${doc('The catalog\u2019s other spellings of a code, as written there.')}
export const codeAliases: Readonly<Record<string, readonly string[]>> = ${block(
      withAliases.map((e) => ts`${key(e.code)}: ${array(e.aliases.map((a) => lit(a)))}`),
    )};`,
  ];
}
