import { type JssErrorCodeInput, resolveJssErrorCode } from '@jss/error-codes';
import { negotiateLocale } from './negotiate.js';
import { jssCodeOfValue } from './read-safely.js';

/** A likely cause of an error and what to do about it, in one locale. */
export interface JssCause {
  readonly cause: string;
  readonly fix: string;
}

/** One locale's causes by message key (`Code` or `Code_variant`), as `@jss/errors-i18n/causes/<locale>`. */
export interface JssCausesBundle<L extends string = string> {
  readonly locale: L;
  readonly causes: Readonly<Record<string, readonly JssCause[]>>;
}

/** A bundle as imported, or as CommonJS `require('@jss/errors-i18n/causes/zh')` returns it. */
export type JssCausesBundleInput = JssCausesBundle | { readonly bundle: JssCausesBundle };

export interface JssCausesOptions {
  /** The bundles to choose from, e.g. `[en, zh]` from `@jss/errors-i18n/causes/en` and `/zh`. */
  readonly bundles: readonly JssCausesBundleInput[];
  /** A tag, a list, or an Accept-Language header; default the first bundle's locale. */
  readonly locale?: string | readonly string[];
}

/**
 * The catalog's likely causes and fixes for an error (a JssError, its JSON, `{ code, variant }`
 * or a code), in the negotiated locale: a variant's own, else its code's. A code matches
 * case-insensitively and through aliases; an unknown code has none (an empty list). A literal
 * code must be a catalog code (a typo does not compile); a code held in a `string` is taken as is.
 */
export function jssErrorCauses<S extends string>(
  code: JssErrorCodeInput<S>,
  options: JssCausesOptions,
): readonly JssCause[];
export function jssErrorCauses<const E extends { readonly code: string; readonly variant?: string }>(
  error: E & { readonly code: JssErrorCodeInput<E['code']> },
  options: JssCausesOptions,
): readonly JssCause[];
export function jssErrorCauses(
  error: string | { readonly code: string; readonly variant?: string },
  options: JssCausesOptions,
): readonly JssCause[] {
  const bundles = options.bundles.map((b) => ('bundle' in b ? b.bundle : b));
  if (bundles.length === 0) return [];
  const locale =
    options.locale === undefined
      ? bundles[0]!.locale
      : negotiateLocale(
          options.locale,
          bundles.map((b) => b.locale),
        );
  const bundle = bundles.find((b) => b.locale === locale) ?? bundles[0]!;
  const received = typeof error === 'string' ? error : String(jssCodeOfValue(error));
  const code = resolveJssErrorCode(received);
  if (code === undefined) return [];
  const variant = typeof error === 'string' ? undefined : error.variant;
  const own = (key: string) => (Object.hasOwn(bundle.causes, key) ? bundle.causes[key] : undefined);
  return (variant === undefined ? undefined : own(`${code}_${variant}`)) ?? own(code) ?? [];
}
