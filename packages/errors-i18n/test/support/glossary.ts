/** One glossary term: its en wording and, per other locale, the rendering a translation must use. */
export interface GlossaryTerm {
  readonly en: string;
  readonly renderings: Readonly<Record<string, string>>;
}

export interface GlossaryViolation {
  /** Message key: `NoSuchBucket`, `BucketNotEmpty_acl`. */
  readonly key: string;
  readonly locale: string;
  readonly term: string;
  readonly rendering: string;
}

/** The terms of glossary.yaml: every key except `en` and `note` is a locale. */
export function termsOf(glossary: unknown): GlossaryTerm[] {
  const terms = (glossary as { terms?: unknown }).terms;
  if (!Array.isArray(terms)) throw new Error('glossary.yaml has no `terms` list');
  return terms.map((raw: Record<string, unknown>) => {
    if (typeof raw.en !== 'string') throw new Error(`a glossary term without en: ${JSON.stringify(raw)}`);
    const renderings = Object.fromEntries(
      Object.entries(raw).filter(([k, v]) => k !== 'en' && k !== 'note' && typeof v === 'string'),
    ) as Record<string, string>;
    return { en: raw.en, renderings };
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLACEHOLDERS = /\{[^{}]*\}/g;

/**
 * Each message whose source text uses a term while its translation lacks the term's rendering.
 * Longer terms are matched first and then blanked out, so "access key" is not also a "key".
 */
export function glossaryViolations(
  terms: readonly GlossaryTerm[],
  source: Readonly<Record<string, string>>,
  translations: Readonly<Record<string, Readonly<Record<string, string>>>>,
): GlossaryViolation[] {
  const ordered = [...terms].sort((a, b) => b.en.length - a.en.length);
  const violations: GlossaryViolation[] = [];
  for (const [key, sourceText] of Object.entries(source)) {
    let rest = sourceText.replace(PLACEHOLDERS, ' ');
    for (const term of ordered) {
      const pattern = new RegExp(`\\b${escapeRegExp(term.en)}(?:s|es|ed|ing)?\\b`, 'gi');
      if (!pattern.test(rest)) continue;
      rest = rest.replace(pattern, ' ');
      for (const [locale, rendering] of Object.entries(term.renderings)) {
        const translated = translations[locale]?.[key];
        if (translated !== undefined && !translated.replace(PLACEHOLDERS, ' ').includes(rendering)) {
          violations.push({ key, locale, term: term.en, rendering });
        }
      }
    }
  }
  return violations;
}
