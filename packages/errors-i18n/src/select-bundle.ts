import { type JssMessageBundle, type JssMessageBundleInput, toBundle } from './bundle.js';
import { type LocaleInput, matchLocale } from './negotiate.js';
import { registeredJssMessages } from './registry.js';
import { TemplateCache } from './template.js';

/** The templates to format with, and which locale they are in. */
export interface TemplateSelection {
  readonly templates: TemplateCache;
  readonly locale: string;
  /** False when a locale was asked for and none of the bundles matched it: a fallback answered. */
  readonly matched: boolean;
}

interface CheckedList {
  readonly bundles: readonly JssMessageBundle[];
  readonly locales: readonly string[];
}

/** Compiled templates per bundle. */
const caches = new WeakMap<JssMessageBundle, TemplateCache>();
/** Bundle arrays already checked (and CommonJS modules unwrapped), so each array is read once. */
const checked = new WeakMap<readonly JssMessageBundleInput[], CheckedList>();

// The last choice made: an app formats with the same locale (or header) and bundles over and over.
let lastList: readonly JssMessageBundleInput[] | undefined;
let lastLocale: LocaleInput;
let lastSelection: TemplateSelection | undefined;

/**
 * The templates of the bundle whose locale is exactly `locale`, else of the best one by
 * negotiation among the bundles at hand (passed, or registered).
 */
export function selectTemplates(
  locale: LocaleInput,
  bundles: readonly JssMessageBundleInput[] | undefined,
): TemplateSelection {
  const list = bundles ?? registeredJssMessages();
  if (list === lastList && locale === lastLocale && lastSelection !== undefined) return lastSelection;
  const { bundle, matched } = selectBundle(locale, checkedList(list, bundles !== undefined));
  let templates = caches.get(bundle);
  if (templates === undefined) {
    templates = new TemplateCache(bundle.messages);
    caches.set(bundle, templates);
  }
  lastList = list;
  lastLocale = locale;
  lastSelection = { templates, locale: bundle.locale, matched };
  return lastSelection;
}

function selectBundle(locale: LocaleInput, list: CheckedList): { bundle: JssMessageBundle; matched: boolean } {
  if (typeof locale === 'string') {
    const exact = list.bundles.find((bundle) => bundle.locale === locale);
    if (exact) return { bundle: exact, matched: true };
  }
  const { locale: chosen, matched } = matchLocale(locale, list.locales);
  // No locale asked for (none, an empty tag or list) is no fallback: the default is what was asked.
  const asked = locale != null && locale.length > 0;
  return { bundle: list.bundles.find((bundle) => bundle.locale === chosen)!, matched: matched || !asked };
}

function checkedList(list: readonly JssMessageBundleInput[], passed: boolean): CheckedList {
  let result = checked.get(list);
  if (result === undefined) {
    if (!Array.isArray(list)) throw new TypeError('formatJssError: `bundles` must be an array of message bundles');
    const bundles = passed ? list.map((input) => toBundle(input, 'formatJssError')) : (list as JssMessageBundle[]);
    if (bundles.length === 0) {
      throw new Error(
        "formatJssError: no message bundle. Import one (import en from '@jss/errors-i18n/locales/en') and call registerJssMessages(en), or pass { bundles: [en] }.",
      );
    }
    result = { bundles, locales: bundles.map((bundle) => bundle.locale) };
    checked.set(list, result);
  }
  return result;
}
