import { createRequire } from 'node:module';
import type { ExpectStatic } from 'vitest';

/** The catalog as @jss/error-codes publishes it: what the site must show, read at run time. */
const require = createRequire(import.meta.url);
type Text = string | { text: string };
interface Entry {
  code: string;
  httpStatus: number;
  statuses?: number[];
  fault: 'client' | 'server';
  retryable: boolean;
  throttling: boolean;
  aliases: string[];
  docPath: string;
  text: Record<string, Text>;
  sources: { seed?: unknown; page?: unknown[] };
  variants?: { id: string }[];
}
const catalog = require('@jss/error-codes/catalog/errors.json') as {
  locales: { source: string; all: string[] };
  errors: Entry[];
};

export const locales = catalog.locales;
export const errors = catalog.errors;

export function textOf(entry: Entry, locale: string): string {
  const t = entry.text[locale]!;
  return typeof t === 'string' ? t : t.text;
}

export function statusesOf(entry: Entry): number[] {
  return entry.statuses ?? [entry.httpStatus];
}

export function retryOf(entry: Entry): 'throttling' | 'retryable' | 'no' {
  return entry.throttling ? 'throttling' : entry.retryable ? 'retryable' : 'no';
}

export function sourcesOf(entry: Entry): string[] {
  const kinds = [...(entry.sources.seed ? ['seed'] : []), ...((entry.sources.page ?? []).length > 0 ? ['page'] : [])];
  return kinds.length > 0 ? kinds : ['observed'];
}

/** A locale's pages live at the root (source locale) or under `<locale>/`. */
export function localeDir(locale: string): string {
  return locale === locales.source ? '' : `${locale}/`;
}

/**
 * A page's `lang` names the catalog locale (`zh-Hans` is `zh`); Chinese names its script, so
 * browsers pick Simplified Chinese fonts rather than guess.
 */
export function expectLangOf(expect: ExpectStatic, lang: string, locale: string): void {
  const tag = new Intl.Locale(lang);
  expect(tag.language, lang).toBe(locale);
  if (locale === 'zh') expect(tag.script, lang).toBe('Hans');
}
