/** One language range of an Accept-Language header, canonical, with its weight. */
export interface LanguageRange {
  /** A canonical BCP 47 tag, or `*`. */
  readonly tag: string;
  /** 0 to 1; 0 means "not acceptable". */
  readonly q: number;
}

/** Longer headers are cut here: negotiation must stay cheap on untrusted input. */
const MAX_RANGES = 32;
const Q_VALUE = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i;

/**
 * Parses a BCP 47 tag, a list of tags, or an Accept-Language header (`zh-CN,zh;q=0.9,en;q=0.8`)
 * into ranges sorted by weight, ties in the order given. Malformed entries are skipped, never
 * thrown: a browser's header is untrusted input. POSIX names such as `zh_CN.UTF-8` are accepted.
 */
export function parseLanguageRanges(input: string | readonly string[]): LanguageRange[] {
  const items =
    typeof input === 'string'
      ? input.split(',', MAX_RANGES)
      : input.flatMap((item) => (typeof item === 'string' ? item.split(',', MAX_RANGES) : []));
  const ranges: LanguageRange[] = [];
  for (const item of items.slice(0, MAX_RANGES)) {
    const range = parseRange(item);
    if (range) ranges.push(range);
  }
  // Array.prototype.sort is stable: equal weights keep the order the user gave.
  return ranges.sort((a, b) => b.q - a.q);
}

function parseRange(item: string): LanguageRange | undefined {
  const [rawTag = '', ...params] = item.split(';');
  let q = 1;
  for (const param of params) {
    const trimmed = param.trim();
    const match = Q_VALUE.exec(trimmed);
    if (match) q = Number(match[1]);
    else if (/^q=/i.test(trimmed)) return undefined; // a weight we cannot read: skip the range, do not guess
  }
  const tag = canonicalTag(rawTag.trim());
  return tag === undefined ? undefined : { tag, q };
}

function canonicalTag(raw: string): string | undefined {
  if (raw === '*') return raw;
  // POSIX locale names: zh_CN.UTF-8, en_US@euro. Cut with indexOf, not a regex: `/[.@].*$/` is
  // quadratic on dots followed by a line break, and this text is untrusted.
  const tag = raw.slice(0, endOfTag(raw)).replace(/_/g, '-');
  if (tag === '' || tag.length > MAX_TAG_LENGTH) return undefined;
  return canonical(tag) ?? canonical(tag.replace(EXTLANG, '$1'));
}

const MAX_TAG_LENGTH = 64;

/** Where a POSIX name's codeset (`.UTF-8`) or modifier (`@euro`) starts, else the end. */
function endOfTag(raw: string): number {
  const dot = raw.indexOf('.');
  const at = raw.indexOf('@');
  if (dot === -1) return at === -1 ? raw.length : at;
  return at === -1 ? dot : Math.min(dot, at);
}

/** RFC 5646 extended language subtags (`zh-cmn-Hans`), which Intl rejects: the extlang is the language. */
const EXTLANG = /^[a-z]{2,3}-([a-z]{3})(?=-|$)/i;

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
