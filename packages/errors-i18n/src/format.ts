import {
  type ForJssErrorCode,
  type JssErrorCodeInput,
  type JssErrorCodeName,
  resolveJssErrorCode,
} from '@jss/error-codes';
import type { JssMessageBundleInput } from './bundle.js';
import { JSS_UNKNOWN_CODE_KEY, type JssErrorParams } from './generated/meta.js';
import type { LocaleInput } from './negotiate.js';
import { jssCodeOfValue, readSafely } from './read-safely.js';
import { selectTemplates } from './select-bundle.js';
import type { CompiledTemplate, TemplateCache } from './template.js';

/**
 * What `formatJssError` reads from an error. A `JssError` of `@jss/errors` (or an
 * `UnknownJssError`) fits as it is; so does its JSON, or any `{ code, variant }`.
 */
export interface JssErrorLike {
  readonly code: string;
  readonly variant?: string | undefined;
  /** Placeholder values the error carries, e.g. `{ bucket: 'photos' }`. */
  readonly params?: Readonly<Record<string, unknown>> | undefined;
  readonly resource?: string | undefined;
  readonly requestId?: string | undefined;
}

/** The placeholder values a code's text takes; any names for a code the catalog does not know. */
export type JssParamsOf<E> = E extends JssErrorCodeName
  ? JssErrorParams[E]
  : E extends { readonly code: infer C extends JssErrorCodeName }
    ? JssErrorParams[C]
    : Readonly<Record<string, unknown>>;

/** What `onFallback` is told: the locale asked for, and the one used instead. */
export interface JssLocaleFallback {
  readonly requested: LocaleInput;
  readonly locale: string;
}

export interface FormatJssErrorOptions<P = Readonly<Record<string, unknown>>> {
  /** A locale, a list of them, or an Accept-Language header; default: the source locale. */
  readonly locale?: LocaleInput;
  /** Placeholder values; they win over the error's own. */
  readonly params?: P;
  /** Bundles to choose from; default: those given to `registerJssMessages`. */
  readonly bundles?: readonly JssMessageBundleInput[];
  /**
   * Called when `locale` asks for something no bundle at hand matches, so the text is in the
   * fallback locale: `onFallback: ({ requested, locale }) => console.warn(...)`.
   */
  readonly onFallback?: (fallback: JssLocaleFallback) => void;
}

/**
 * The human text of an error in a locale, as plain text (escape it where you show it, as any
 * text). Placeholders come from `params`, then from the error itself (its fields such as
 * `bucket`, then `error.params`, where its JSON keeps them, then its `resource`); one without a
 * value is left out, with the space before it. A code no bundle knows gives a generic sentence
 * that shows the code (always the real one: `params.code` does not replace it there). A literal
 * code must be a catalog code; a `string` is matched case-insensitively and through aliases.
 * It does not throw on what it reads: a value that cannot be read or written counts as none.
 */
export function formatJssError<S extends string>(
  code: JssErrorCodeInput<S>,
  options?: FormatJssErrorOptions<ForJssErrorCode<S, JssErrorParams, Readonly<Record<string, unknown>>>>,
): string;
export function formatJssError<const E extends JssErrorLike>(
  error: E & { readonly code: JssErrorCodeInput<E['code']> },
  options?: FormatJssErrorOptions<JssParamsOf<E>>,
): string;
export function formatJssError(error: string | JssErrorLike, options: FormatJssErrorOptions = {}): string {
  let code: string;
  let variant: string | undefined;
  let source: JssErrorLike | undefined;
  const errorCode = jssCodeOfValue(error);
  if (typeof error === 'string') {
    code = error;
  } else if (typeof errorCode === 'string') {
    code = errorCode;
    const errorVariant = readSafely(error, 'variant');
    variant = typeof errorVariant === 'string' ? errorVariant : undefined;
    source = error;
  } else {
    throw new TypeError(
      `formatJssError: expected a JssError, an error code or { code, variant }, got ${describe(error)}`,
    );
  }
  const { templates, locale, matched } = selectTemplates(options.locale, options.bundles);
  if (!matched && options.onFallback !== undefined) options.onFallback({ requested: options.locale, locale });
  const params = options.params as Readonly<Record<string, unknown>> | undefined;
  const template = findTemplate(templates, code, variant);
  if (template !== undefined) return template(params, source, code);
  const unknown = templates.get(JSS_UNKNOWN_CODE_KEY);
  // A custom bundle without the unknown-code sentence: the code itself is the most honest text.
  if (unknown === undefined) return code;
  // The sentence exists to show the real code: a `code` in params must not stand in for it.
  return unknown({ ...copyable(params), code }, source, code);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object without a string `code`' : typeof value;
}

/** Params as spread can take them: a proxy or getter that throws gives none. */
function copyable(params: Readonly<Record<string, unknown>> | undefined): Readonly<Record<string, unknown>> {
  try {
    return { ...params };
  } catch {
    return {};
  }
}

/** The variant's text, else the code's; codes are tried verbatim, then case-insensitively and by alias. */
function findTemplate(
  templates: TemplateCache,
  code: string,
  variant: string | undefined,
): CompiledTemplate | undefined {
  const found = (variant === undefined ? undefined : templates.get(`${code}_${variant}`)) ?? templates.get(code);
  if (found !== undefined) return found;
  const canonical = resolveJssErrorCode(code);
  return canonical === undefined || canonical === code ? undefined : findTemplate(templates, canonical, variant);
}
