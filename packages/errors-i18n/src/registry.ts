import { assertBundle, type JssMessageBundle } from './bundle.js';

/** Bundles registered for the whole app; empty until the app registers what it imported. */
const byLocale = new Map<string, JssMessageBundle>();
let registered: readonly JssMessageBundle[] = [];

/**
 * Makes bundles available to every `formatJssError` call without a `bundles` option. A bundle
 * replaces an earlier one of the same locale.
 */
export function registerJssMessages(...bundles: readonly JssMessageBundle[]): void {
  for (const bundle of bundles) {
    assertBundle(bundle, 'registerJssMessages');
    byLocale.set(bundle.locale, bundle);
  }
  registered = [...byLocale.values()];
}

/** The registered bundles, in registration order. */
export function registeredJssMessages(): readonly JssMessageBundle[] {
  return registered;
}
