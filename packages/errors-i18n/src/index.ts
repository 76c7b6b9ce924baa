export {
  formatJssError,
  type FormatJssErrorOptions,
  type JssErrorLike,
  type JssLocaleFallback,
  type JssParamsOf,
} from './format.js';
export { negotiateLocale, type LocaleInput } from './negotiate.js';
export { registerJssMessages, registeredJssMessages } from './registry.js';
export type { JssMessageBundle, JssMessageBundleInput } from './bundle.js';
export {
  jssLocales,
  JSS_SOURCE_LOCALE,
  JSS_UNKNOWN_CODE_KEY,
  type JssErrorParams,
  type JssErrorVariants,
  type JssLocale,
  type JssMessageKey,
} from './generated/meta.js';
export {
  type JssCause,
  type JssCausesBundle,
  type JssCausesBundleInput,
  type JssCausesOptions,
  jssErrorCauses,
} from './causes.js';
