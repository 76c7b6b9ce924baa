import type { CatalogModel } from '../model/types.js';
import type { Emitter } from '../output/generated-file.js';
import { type LabelIn, label } from '../text/label.js';
import { array, block, doc, key, lit, prop, ts } from '../ts/code.js';
import { tsFile } from './ts-file.js';

const SRC = 'packages/errors-cli/src/generated';

/** The reference's labels `jss-errors explain` prints, so the terminal reads like the page. */
const CLI_LABELS = [
  'code',
  'message',
  'status',
  'statuses',
  'text',
  'fault',
  'faultClient',
  'faultServer',
  'retry',
  'retryNo',
  'retryYes',
  'retryThrottled',
  'retryClockCorrected',
  'retryAfter',
  'aws',
  'awsNone',
  'aliases',
  'variants',
  'causes',
  'fieldsTitle',
  'fieldElement',
  'fieldHeader',
  'fieldNotSent',
] as const satisfies readonly LabelIn<'docs'>[];

/** @jss/errors-cli: the labels per locale and each code's aliases (texts come from @jss/errors-i18n). */
export const cliEmitter: Emitter = {
  name: 'cli',
  ownedDirs: [SRC],
  emit(model) {
    return [tsFile(model, `${SRC}/labels.ts`, labelsModule(model))];
  },
};

function labelsModule(model: CatalogModel) {
  // `{seconds}` stays a placeholder: the CLI fills it per code.
  const perLocale = (locale: string) => block(CLI_LABELS.map((l) => prop(l, lit(label(model, `docs.${l}`, locale)))));
  const withAliases = model.errors.filter((e) => e.aliases.length > 0);
  return [
    ts`${doc('The reference\u2019s labels, by locale then name; `retryAfter` has the placeholder `{seconds}`.')}
export const cliLabels = ${block(model.locales.all.map((locale) => ts`${key(locale)}: ${perLocale(locale)}`))} as const;`,
    ts`${doc('A label set, as every locale has it.')}
export type CliLabels = (typeof cliLabels)[${lit(model.locales.source)}];`,
    ts`${doc('The catalog\u2019s other spellings of a code, as written there.')}
export const codeAliases: Readonly<Record<string, readonly string[]>> = ${block(
      withAliases.map((e) => ts`${key(e.code)}: ${array(e.aliases.map((a) => lit(a)))}`),
    )};`,
  ];
}
