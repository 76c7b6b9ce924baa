import { parseLanguageRanges } from './accept-language.js';
import { jssLocales, JSS_SOURCE_LOCALE, type JssLocale } from './generated/meta.js';

/** What negotiation takes: a BCP 47 tag, a list of tags (`navigator.languages`), or an Accept-Language header. */
export type LocaleInput = string | readonly string[] | null | undefined;

interface Subtags {
  readonly language: string;
  /** The script, given or likely: `zh-TW` → Hant. */
  readonly script: string;
  /** The region, given or likely: `zh` → CN. */
  readonly region: string;
  /** The script as given: `zh-TW` → none. A refusal of `zh` covers `zh-Hant` too. */
  readonly namedScript: string;
  /** The region as given: `zh` → none. A refusal of `zh-CN` is narrower than the locale `zh`. */
  readonly namedRegion: string;
}

type Candidate = Subtags & { readonly locale: string };

/**
 * The best locale for a user out of `supported` (default: every locale of the catalog).
 *
 * Ranges are tried by weight. A range matches a supported locale of the same language and
 * script, scripts filled in by CLDR's likely subtags: `zh`, `zh-CN`, `zh-SG`, `zh-Hans`,
 * `zh-Hans-CN` are all Simplified Chinese and get `zh`. Traditional Chinese (`zh-TW`, `zh-HK`,
 * `zh-MO`, `zh-Hant`) does not match Simplified `zh` while a later range matches something else
 * (`zh-TW, en;q=0.8` gets `en`); when nothing else matches it does get `zh`, which its readers
 * read more easily than English. `q=0` refuses the locales its range names and narrower ones
 * (`zh;q=0` refuses `zh`; `zh-CN;q=0` does not refuse the broader `zh`); `*` accepts every locale
 * not refused; `*;q=0` refuses those of a language no accepted range asks for. Anything else, and
 * malformed input, gets the source locale (`en`) if not refused, else the first supported locale
 * not refused; if every one is refused, the source locale all the same. Never throws on input.
 */
export function negotiateLocale(input: LocaleInput): JssLocale;
export function negotiateLocale<L extends string>(input: LocaleInput, supported: readonly L[]): L;
export function negotiateLocale(input: LocaleInput, supported: readonly string[] = jssLocales): string {
  return matchLocale(input, supported).locale;
}

/** A negotiated locale, and whether the input asked for it (else it is the fallback). */
export interface LocaleMatch {
  readonly locale: string;
  /** False when no range of the input matched a supported locale and the fallback answered. */
  readonly matched: boolean;
}

/** `negotiateLocale`, telling also whether the answer matched the input or is the fallback. */
export function matchLocale(input: LocaleInput, supported: readonly string[]): LocaleMatch {
  if (supported.length === 0) throw new TypeError('negotiateLocale: `supported` must list at least one locale');
  const text = typeof input === 'string' ? input : Array.isArray(input) ? input.join(',') : undefined;
  if (text === undefined) return { locale: fallbackOf(supported), matched: false };
  const list = supported.join(',');
  // Only short inputs are kept: a real header is well under this, and a cache keyed by
  // megabyte-long hostile inputs would hold megabytes per entry.
  const key = list.length + text.length < MAX_CACHED_KEY_LENGTH ? `${list}\u0000${text}` : undefined;
  let match = key === undefined ? undefined : results.get(key);
  if (match === undefined) {
    match = negotiate(text, supported);
    if (key !== undefined) {
      if (results.size >= MAX_CACHED) results.clear();
      results.set(key, match);
    }
  }
  return match;
}

/** Results by input, so a server negotiating the same few headers does the work once each. */
const results = new Map<string, LocaleMatch>();
const MAX_CACHED = 512;
const MAX_CACHED_KEY_LENGTH = 256;

function negotiate(header: string, supported: readonly string[]): LocaleMatch {
  const candidates: Candidate[] = supported.map((locale) => ({ locale, ...subtagsOf(locale) }));
  const ranges = parseLanguageRanges(header).map((r) => ({
    ...r,
    wanted: r.tag === '*' ? undefined : subtagsOf(r.tag),
  }));
  // q=0 says "not this one": a refused locale is never chosen, not even as a weak match.
  const refused = new Set<string>();
  const anyRefused = ranges.some((r) => r.q === 0 && r.wanted === undefined);
  for (const c of candidates) {
    const refusedByName = ranges.some((r) => r.q === 0 && r.wanted !== undefined && covers(r.wanted, c));
    // `*;q=0`: whatever no accepted range asks for, even as a weak (same-language) match.
    const refusedByStar =
      anyRefused && !ranges.some((r) => r.q > 0 && r.wanted !== undefined && r.wanted.language === c.language);
    if (refusedByName || refusedByStar) refused.add(c.locale);
  }
  const allowed = candidates.filter((c) => !refused.has(c.locale));
  let weak: string | undefined;
  let star = false;
  for (const { q, wanted } of ranges) {
    if (q === 0) continue;
    // `*` accepts anything not refused: a weak match found so far, else the fallback below.
    if (wanted === undefined) {
      star = allowed.length > 0;
      break;
    }
    const full = fullMatches(wanted, allowed);
    if (full.length > 0)
      return { locale: (full.find((c) => c.region === wanted.region) ?? full[0]!).locale, matched: true };
    weak ??= allowed.find((c) => c.language === wanted.language)?.locale;
  }
  if (weak !== undefined) return { locale: weak, matched: true };
  // Refusals are kept even here; only when everything is refused does the source locale answer.
  return { locale: fallbackOf(allowed.length > 0 ? allowed.map((c) => c.locale) : supported), matched: star };
}

function fullMatches(wanted: Subtags, candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => c.language === wanted.language && c.script === wanted.script);
}

/**
 * Whether a range names a locale or something broader: the same language, and each subtag the
 * range names is the locale's own (a locale's script counts even when implied, since its texts are
 * written in one; its region only when named). `zh` covers `zh` and `zh-Hant`; `zh-Hans` covers
 * `zh`; `zh-CN` covers `zh-CN`, not `zh`: refusing China's Chinese does not refuse Chinese.
 */
function covers(range: Subtags, locale: Subtags): boolean {
  return (
    range.language === locale.language &&
    (range.namedScript === '' || range.namedScript === locale.script) &&
    (range.namedRegion === '' || range.namedRegion === locale.namedRegion)
  );
}

function fallbackOf(supported: readonly string[]): string {
  return supported.includes(JSS_SOURCE_LOCALE) ? JSS_SOURCE_LOCALE : supported[0]!;
}

/** Language, script and region with CLDR's likely subtags added: `zh-TW` → zh, Hant, TW. */
function subtagsOf(tag: string): Subtags {
  try {
    const named = new Intl.Locale(tag);
    const locale = named.maximize();
    return {
      language: locale.language,
      script: locale.script ?? '',
      region: locale.region ?? '',
      namedScript: named.script ?? '',
      namedRegion: named.region ?? '',
    };
  } catch {
    return { language: tag.split('-')[0]!.toLowerCase(), script: '', region: '', namedScript: '', namedRegion: '' };
  }
}
