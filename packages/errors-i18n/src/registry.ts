import { type JssMessageBundle, type JssMessageBundleInput, toBundle } from './bundle.js';

/** Bundles registered for the whole app; empty until the app registers what it imported. */
const byLocale = new Map<string, JssMessageBundle>();
let registered: readonly JssMessageBundle[] = [];

/**
 * Makes bundles available to every `formatJssError` call without a `bundles` option. A bundle
 * replaces an earlier one of the same locale. A CommonJS `require` of a locale module is
 * accepted as it is.
 */
export function registerJssMessages(...bundles: readonly JssMessageBundleInput[]): void {
  for (const input of bundles) {
    const bundle = toBundle(input, 'registerJssMessages');
    byLocale.set(bundle.locale, bundle);
  }
  registered = [...byLocale.values()];
}

/** The registered bundles, in registration order. */
export function registeredJssMessages(): readonly JssMessageBundle[] {
  return registered;
}
