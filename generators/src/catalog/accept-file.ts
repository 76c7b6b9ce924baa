import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { acceptTranslations, type AcceptedTranslation, type AcceptOptions } from './accept-translations.js';

export type { AcceptOptions };

/** An accepted translation, located in the catalog as diagnostics are (`file:line:col`). */
export interface AcceptedInFile extends AcceptedTranslation {
  readonly file: string;
}

/** `acceptTranslations` on the catalog file; written (atomically) only when a hash changed. */
export function acceptTranslationsIn(
  catalogPath: string,
  displayPath: string,
  options: AcceptOptions,
): readonly AcceptedInFile[] {
  const { text, accepted } = acceptTranslations(readFileSync(catalogPath, 'utf8'), options);
  if (accepted.length > 0) {
    const temp = `${catalogPath}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, catalogPath);
  }
  return accepted.map((a) => ({ file: displayPath, ...a }));
}
