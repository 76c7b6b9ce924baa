/**
 * The messages of one locale: message key (`NoSuchBucket`, `BucketNotEmpty_acl`, `unknownCode`)
 * → plain text with `{placeholders}`. The generated `@jss/errors-i18n/locales/<locale>` modules
 * are bundles; a JSON bundle becomes one as `{ locale: 'en', messages: enJson }`.
 */
export interface JssMessageBundle<L extends string = string> {
  readonly locale: L;
  readonly messages: Readonly<Record<string, string>>;
}

/**
 * What `registerJssMessages` and `bundles` take: a bundle, or the module of one as CommonJS
 * gives it (`require('@jss/errors-i18n/locales/zh')` is `{ default, bundle }`).
 */
export type JssMessageBundleInput = JssMessageBundle | { readonly default: JssMessageBundle };

/** The bundle of a bundle or of its CommonJS module; throws as `assertBundle` for anything else. */
export function toBundle(value: unknown, where: string): JssMessageBundle {
  const module = value as { readonly default?: unknown; readonly locale?: unknown } | null;
  const unwrapped =
    typeof module === 'object' && module !== null && module.locale === undefined && module.default !== undefined
      ? module.default
      : value;
  assertBundle(unwrapped, where);
  return unwrapped;
}

/** Throws a TypeError that says what is wrong, so a mistyped import fails where it is made. */
export function assertBundle(value: unknown, where: string): asserts value is JssMessageBundle {
  const bundle = value as Partial<JssMessageBundle> | null;
  if (typeof bundle !== 'object' || bundle === null || typeof bundle.locale !== 'string' || bundle.locale === '') {
    throw new TypeError(
      `${where}: expected a message bundle { locale, messages } such as the default export of '@jss/errors-i18n/locales/en' (in CommonJS: require('@jss/errors-i18n/locales/en')), got ${describe(value)}`,
    );
  }
  if (typeof bundle.messages !== 'object' || bundle.messages === null) {
    throw new TypeError(`${where}: the bundle of locale "${bundle.locale}" has no messages object`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object without a string `locale`' : typeof value;
}
