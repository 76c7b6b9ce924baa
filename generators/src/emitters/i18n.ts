import type { Emitter } from '../output/generated-file.js';
import { messagesOf } from './i18n/messages.js';
import { allModule, causesModule, localeModule, metaModule } from './i18n/modules.js';
import { tsFile } from './ts-file.js';

const PKG = 'packages/errors-i18n';
const LOCALES = `${PKG}/locales`;
const SRC = `${PKG}/src/generated`;

/**
 * @jss/errors-i18n: per locale, a flat JSON bundle (an i18next namespace as it is) and an ES
 * module of the same messages, so an app bundles only the locales it imports; plus the locale
 * list and placeholder types. A new catalog locale needs no change here.
 */
export const i18nEmitter: Emitter = {
  name: 'errors-i18n',
  ownedDirs: [LOCALES, SRC],
  emit(model) {
    return [
      // JSON has no comments: the bundles stay exactly what i18next loads; the folder is marked generated.
      ...model.locales.all.map((locale) => ({
        path: `${LOCALES}/${locale}.json`,
        content: `${JSON.stringify(Object.fromEntries(messagesOf(model, locale)), null, 2)}\n`,
      })),
      ...model.locales.all.map((locale) => tsFile(model, `${SRC}/locales/${locale}.ts`, localeModule(model, locale))),
      ...model.locales.all.map((locale) => tsFile(model, `${SRC}/causes/${locale}.ts`, causesModule(model, locale))),
      tsFile(model, `${SRC}/meta.ts`, metaModule(model)),
      tsFile(model, `${SRC}/all.ts`, allModule(model)),
    ];
  },
};
