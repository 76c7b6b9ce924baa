import { join } from 'node:path';
import { packagesDir, runtimeFunction } from './runtime-module.js';

/**
 * The one naming rule. The wire code is API and stays verbatim (enum members, literal types);
 * the class is the code plus `Error`, unless the code already ends in `Error`
 * (`NoSuchBucket` → `NoSuchBucketError`, `InternalError` → `InternalError`).
 */
export function classNameOf(code: string): string {
  return code.endsWith('Error') ? code : `${code}Error`;
}

/** The options type of a class: `NoSuchBucketErrorOptions`. */
export function optionsTypeNameOf(code: string): string {
  return `${classNameOf(code)}Options`;
}

/**
 * The code in lowerCamelCase, for functions and members named after a code
 * (`NoSuchBucket` → `noSuchBucket`, `MalformedPOSTRequest` → `malformedPOSTRequest`).
 */
export function camelNameOf(code: string): string {
  return code.charAt(0).toLowerCase() + code.slice(1);
}

/** The i18n key of a code or of one of its variants (i18next's context convention). */
export function messageKeyOf(code: string, variant?: string): string {
  return variant === undefined ? code : `${code}_${variant}`;
}

/** Identifiers the generated modules define themselves; a code may not derive one of them. */
export const RESERVED_CLASS_NAMES: ReadonlySet<string> = new Set([
  'Error',
  'JssError',
  'UnknownJssError',
  // A class named like a global would shadow it in every module that imports it (code `Type`).
  ...Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Z]/.test(name)),
]);

/** The module constant with a class's catalog facts. */
export function specNameOf(code: string): string {
  return `${code}Spec`;
}

/** A code's page in the reference site, relative to the site's root; variants are anchors on it. */
export function docPathOf(code: string): string {
  return `errors/${code}/`;
}

/**
 * The key a received code is looked up by (codes and aliases match case-insensitively): the
 * runtime lookup's own function, `@jss/error-codes`' `jssLookupKey`.
 */
export function lookupKeyOf(code: string): string {
  return runtimeFunction<(code: string) => string>(LOOKUP_KEY_MODULE, 'jssLookupKey')(code);
}

const LOOKUP_KEY_MODULE = join(packagesDir, 'error-codes', 'src', 'lookup-key.ts');
