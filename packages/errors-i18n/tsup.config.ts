import { readdirSync } from 'node:fs';
import type { Options } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';

// One entry per generated locale module, so a new catalog locale needs no change here.
const locales = readdirSync(new URL('./src/generated/locales/', import.meta.url))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length));

const causes = readdirSync(new URL('./src/generated/causes/', import.meta.url))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length));

const config: Options = packageBuild({
  index: 'src/index.ts',
  all: 'src/generated/all.ts',
  ...Object.fromEntries(locales.map((locale) => [`locales/${locale}`, `src/generated/locales/${locale}.ts`])),
  ...Object.fromEntries(causes.map((locale) => [`causes/${locale}`, `src/generated/causes/${locale}.ts`])),
});

export default config;
