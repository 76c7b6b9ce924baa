import { parseLanguageRanges } from './accept-language.js';
import { JSS_LOCALES, JSS_SOURCE_LOCALE, type JssLocale } from './generated/meta.js';

/** What negotiation takes: a BCP 47 tag, a list of tags (`navigator.languages`), or an Accept-Language header. */
export type LocaleInput = string | readonly string[] | null | undefined;

interface Subtags {
  readonly language: string;
  readonly script: string;
  readonly region: string;
}

/**
 * The best locale for a user out of `supported` (default: every locale of the catalog).
 *
 * Ranges are tried by weight. A range matches a supported locale of the same language and
 * script, scripts filled in by CLDR's likely subtags: `zh`, `zh-CN`, `zh-SG`, `zh-Hans`,
 * `zh-Hans-CN` are all Simplified Chinese and get `zh`. Traditional Chinese (`zh-TW`, `zh-HK`,
 * `zh-MO`, `zh-Hant`) does not match Simplified `zh` while a later range matches something else
 * (`zh-TW, en;q=0.8` gets `en`); when nothing else matches it does get `zh`, which its readers
 * read more easily than English. Anything else, and malformed input, gets the source locale
 * (`en`). Never throws on input.
 */
export function negotiateLocale(input: LocaleInput): JssLocale;
export function negotiateLocale<L extends string>(input: LocaleInput, supported: readonly L[]): L;
export function negotiateLocale(input: LocaleInput, supported: readonly string[] = JSS_LOCALES): string {
  if (supported.length === 0) throw new TypeError('negotiateLocale: `supported` must list at least one locale');
  const text = typeof input === 'string' ? input : Array.isArray(input) ? input.join(',') : undefined;
  const key = `${supported.join(',')}\u0000${text ?? ''}`;
  let locale = results.get(key);
  if (locale === undefined) {
    locale = text === undefined ? fallbackOf(supported) : negotiate(text, supported);
    if (results.size >= MAX_CACHED) results.clear();
    results.set(key, locale);
  }
  return locale;
}

/** Results by input, so a server negotiating the same few headers does the work once each. */
const results = new Map<string, string>();
const MAX_CACHED = 512;

function negotiate(header: string, supported: readonly string[]): string {
  const candidates = supported.map((locale) => ({ locale, ...subtagsOf(locale) }));
  const ranges = parseLanguageRanges(header);
  // q=0 says "not this one": a refused locale is never chosen, not even as a weak match.
  const refused = new Set(ranges.filter((r) => r.q === 0 && r.tag !== '*').flatMap((r) => fullMatches(subtagsOf(r.tag), candidates).map((c) => c.locale)));
  const allowed = candidates.filter((c) => !refused.has(c.locale));
  let weak: string | undefined;
  for (const range of ranges) {
    if (range.q === 0) continue;
    if (range.tag === '*') break;
    const wanted = subtagsOf(range.tag);
    const full = fullMatches(wanted, allowed);
    if (full.length > 0) return (full.find((c) => c.region === wanted.region) ?? full[0]!).locale;
    weak ??= allowed.find((c) => c.language === wanted.language)?.locale;
  }
  return weak ?? fallbackOf(supported);
}

function fullMatches(wanted: Subtags, candidates: readonly (Subtags & { locale: string })[]) {
  return candidates.filter((c) => c.language === wanted.language && c.script === wanted.script);
}

function fallbackOf(supported: readonly string[]): string {
  return supported.includes(JSS_SOURCE_LOCALE) ? JSS_SOURCE_LOCALE : supported[0]!;
}

/** Language, script and region with CLDR's likely subtags added: `zh-TW` → zh, Hant, TW. */
function subtagsOf(tag: string): Subtags {
  try {
    const locale = new Intl.Locale(tag).maximize();
    return { language: locale.language, script: locale.script ?? '', region: locale.region ?? '' };
  } catch {
    return { language: tag.split('-')[0]!.toLowerCase(), script: '', region: '' };
  }
}
