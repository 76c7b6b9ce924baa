import {
  errorInfo,
  JSS_REFERENCE_BASE_URL,
  type JssErrorCodeName,
  type JssErrorInfo,
  type JssFault,
  type JssParamType,
  type JssParamWire,
} from '@jss/error-codes';
import {
  formatJssError,
  type JssCause,
  type JssCausesBundle,
  type JssMessageBundle,
  JSS_SOURCE_LOCALE,
  jssErrorCauses,
} from '@jss/errors-i18n';
import { codeAliases } from './generated/labels.js';
import { paramDescriptionsOf } from './param-descriptions.js';

export interface VariantExplanation {
  readonly id: string;
  readonly message: string;
  readonly text: string;
  /** The variant's own causes; absent when they are its code's. */
  readonly causes?: readonly JssCause[];
  readonly docUrl: string;
}

/** A detail the code carries: a field of its class, and where the response has it, if it does. */
export interface FieldExplanation {
  readonly name: string;
  readonly type: JssParamType;
  readonly element?: string;
  readonly header?: string;
  readonly description: string;
}

/** Everything `explain` prints about a code, in one locale; `--json` prints it as it is. */
export interface Explanation {
  readonly code: JssErrorCodeName;
  readonly locale: string;
  readonly httpStatus: number;
  readonly statuses: readonly number[];
  readonly message: string;
  readonly text: string;
  readonly fault: JssFault;
  readonly retryable: boolean;
  readonly throttling: boolean;
  readonly retryAfter?: number;
  /** What a retry needs first (`errorInfo`'s `retryWhen`). */
  readonly retryWhen?: JssErrorInfo['retryWhen'];
  readonly causes: readonly JssCause[];
  readonly aliases: readonly string[];
  readonly aws: { readonly code: string; readonly httpStatus: number } | null;
  readonly fields: readonly FieldExplanation[];
  readonly variants: readonly VariantExplanation[];
  readonly docUrl: string;
}

export interface LocaleBundles {
  readonly locale: string;
  readonly messages: JssMessageBundle;
  readonly causes: JssCausesBundle;
}

/** The reference's page of a code in a locale: the source locale at the root, others under `<locale>/`. */
export function pageUrl(code: JssErrorCodeName, locale: string): string {
  const prefix = locale === JSS_SOURCE_LOCALE ? '' : `${locale}/`;
  return `${JSS_REFERENCE_BASE_URL}${prefix}${errorInfo[code].docPath}`;
}

export function explainCode(code: JssErrorCodeName, bundles: LocaleBundles): Explanation {
  const info = errorInfo[code];
  const { locale } = bundles;
  const options = { locale, bundles: [bundles.messages] };
  // A code string, or `{ code, variant }`: formatJssError's two overloads.
  const textOf = (variant?: string) =>
    variant === undefined ? formatJssError(code as string, options) : formatJssError({ code, variant }, options);
  const causesOptions = { locale, bundles: [bundles.causes] };
  const causesOf = (variant?: string) =>
    variant === undefined ? jssErrorCauses(code, causesOptions) : jssErrorCauses({ code, variant }, causesOptions);
  const causes = causesOf();
  const page = pageUrl(code, locale);
  const variants: Readonly<Record<string, string>> = info.variants;
  return {
    code,
    locale,
    httpStatus: info.httpStatus,
    statuses: info.statuses,
    message: info.message,
    text: textOf(),
    fault: info.fault,
    retryable: info.retryable,
    throttling: info.throttling,
    ...('retryAfter' in info ? { retryAfter: info.retryAfter } : {}),
    ...('retryWhen' in info ? { retryWhen: info.retryWhen } : {}),
    causes,
    aliases: Object.hasOwn(codeAliases, code) ? codeAliases[code]! : [],
    aws: info.aws,
    fields: fieldsOf(code, locale),
    variants: Object.entries(variants).map(([id, message]) => {
      const own = causesOf(id);
      return {
        id,
        message,
        text: textOf(id),
        ...(JSON.stringify(own) === JSON.stringify(causes) ? {} : { causes: own }),
        docUrl: `${page}#${id}`,
      };
    }),
    docUrl: page,
  };
}

/** The code's params with their wire location; descriptions in `locale`, else the source locale's. */
function fieldsOf(code: JssErrorCodeName, locale: string): FieldExplanation[] {
  const { params, wire } = errorInfo[code] as {
    params: Record<string, JssParamType>;
    wire: Record<string, JssParamWire>;
  };
  const descriptions = paramDescriptionsOf(code);
  return Object.entries(params).map(([name, type]) => ({
    name,
    type,
    ...(wire[name]?.element === undefined ? {} : { element: wire[name].element }),
    ...(wire[name]?.header === undefined ? {} : { header: wire[name].header }),
    description: descriptions[name]?.[locale] ?? descriptions[name]?.[JSS_SOURCE_LOCALE] ?? '',
  }));
}
