import { resolveJssErrorCode, type JssErrorCodeName } from '@jss/error-codes';
import type { JssMessageBundle } from './bundle.js';
import { JSS_UNKNOWN_CODE_KEY, type JssErrorParams, type JssErrorVariants } from './generated/meta.js';
import type { LocaleInput } from './negotiate.js';
import { templatesFor } from './select-bundle.js';
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

/** A code and, optionally, which of its variants: `{ code: 'BucketNotEmpty', variant: 'acl' }`. */
export type JssErrorRef<C extends JssErrorCodeName = JssErrorCodeName> = {
  readonly code: C;
  readonly variant?: JssErrorVariants[C] | undefined;
};

export type FormattableJssError = string | JssErrorLike;

/** The placeholder values a code's text takes; any names for a code the catalog does not know. */
export type JssParamsOf<E> = E extends JssErrorCodeName
  ? JssErrorParams[E]
  : E extends { readonly code: infer C extends JssErrorCodeName }
    ? JssErrorParams[C]
    : Readonly<Record<string, unknown>>;

export interface FormatJssErrorOptions<P = Readonly<Record<string, unknown>>> {
  /** A locale, a list of them, or an Accept-Language header; default: the source locale. */
  readonly locale?: LocaleInput;
  /** Placeholder values; they win over the error's own. */
  readonly params?: P;
  /** Bundles to choose from; default: those given to `registerJssMessages`. */
  readonly bundles?: readonly JssMessageBundle[];
}

/**
 * The human text of an error in a locale, as plain text (escape it where you show it, as any
 * text). Placeholders come from `params`, then from the error itself (its fields such as
 * `bucket`, `resource`, `requestId`, then `error.params`, which is where its JSON keeps them);
 * one without a value stays visible as `{name}`. A code no bundle knows gives a generic sentence
 * that shows the code (always the real one: `params.code` does not replace it there).
 */
export function formatJssError<const E extends FormattableJssError>(
  error: E,
  options?: FormatJssErrorOptions<JssParamsOf<E>>,
): string;
export function formatJssError(error: FormattableJssError, options: FormatJssErrorOptions = {}): string {
  let code: string;
  let variant: string | undefined;
  let source: JssErrorLike | undefined;
  if (typeof error === 'string') {
    code = error;
  } else if (typeof error === 'object' && error !== null && typeof error.code === 'string') {
    code = error.code;
    variant = typeof error.variant === 'string' ? error.variant : undefined;
    source = error;
  } else {
    throw new TypeError(
      `formatJssError: expected a JssError, an error code or { code, variant }, got ${error === null ? 'null' : typeof error}`,
    );
  }
  const templates = templatesFor(options.locale, options.bundles);
  const params = options.params as Readonly<Record<string, unknown>> | undefined;
  const template = findTemplate(templates, code, variant);
  if (template !== undefined) return template(params, source, code);
  const unknown = templates.get(JSS_UNKNOWN_CODE_KEY);
  // A custom bundle without the unknown-code sentence: the code itself is the most honest text.
  if (unknown === undefined) return code;
  // The sentence exists to show the real code: a `code` in params must not stand in for it.
  return unknown({ ...params, code }, source, code);
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
