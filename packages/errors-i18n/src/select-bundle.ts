import { assertBundle, type JssMessageBundle } from './bundle.js';
import { negotiateLocale, type LocaleInput } from './negotiate.js';
import { registeredJssMessages } from './registry.js';
import { TemplateCache } from './template.js';

/** Compiled templates per bundle. */
const caches = new WeakMap<JssMessageBundle, TemplateCache>();
/** Locale lists of bundle arrays already checked, so each array is checked once. */
const checked = new WeakMap<readonly JssMessageBundle[], readonly string[]>();

// The last choice made: an app formats with the same locale (or header) and bundles over and over.
let lastList: readonly JssMessageBundle[] | undefined;
let lastLocale: LocaleInput;
let lastTemplates: TemplateCache | undefined;

/**
 * The templates to format with: those of the bundle whose locale is exactly `locale`, else of
 * the best one by negotiation among the bundles at hand (passed, or registered).
 */
export function templatesFor(locale: LocaleInput, bundles: readonly JssMessageBundle[] | undefined): TemplateCache {
  const list = bundles ?? registeredJssMessages();
  if (list === lastList && locale === lastLocale && lastTemplates !== undefined) return lastTemplates;
  const bundle = selectBundle(locale, list, bundles !== undefined);
  let templates = caches.get(bundle);
  if (templates === undefined) {
    templates = new TemplateCache(bundle.messages);
    caches.set(bundle, templates);
  }
  lastList = list;
  lastLocale = locale;
  lastTemplates = templates;
  return templates;
}

function selectBundle(locale: LocaleInput, list: readonly JssMessageBundle[], passed: boolean): JssMessageBundle {
  const locales = localesOf(list, passed);
  if (typeof locale === 'string') {
    const exact = list.find((bundle) => bundle.locale === locale);
    if (exact) return exact;
  }
  const chosen = negotiateLocale(locale, locales);
  return list.find((bundle) => bundle.locale === chosen)!;
}

function localesOf(list: readonly JssMessageBundle[], passed: boolean): readonly string[] {
  let locales = checked.get(list);
  if (locales === undefined) {
    if (!Array.isArray(list)) throw new TypeError('formatJssError: `bundles` must be an array of message bundles');
    if (passed) for (const bundle of list) assertBundle(bundle, 'formatJssError');
    if (list.length === 0) {
      throw new Error(
        "formatJssError: no message bundle. Import one (import en from '@jss/errors-i18n/locales/en') and call registerJssMessages(en), or pass { bundles: [en] }.",
      );
    }
    locales = list.map((bundle) => bundle.locale);
    checked.set(list, locales);
  }
  return locales;
}
