import type { CatalogModel } from '../../model/types.js';
import { type LabelIn, labelsIn } from '../../text/label.js';
import { fillPlaceholders } from '../../text/placeholders.js';

/** A label of the site's own, and one of the Markdown reference's it shares, named without the prefix. */
export type SiteLabel = LabelIn<'site'>;
export type DocLabel = LabelIn<'docs'>;

export interface Say {
  (name: SiteLabel, values?: Record<string, string>): string;
  doc(name: DocLabel, values?: Record<string, string>): string;
  readonly locale: string;
  /** Every label of the site and of the reference, as written (placeholders unfilled). */
  readonly site: Readonly<Record<SiteLabel, string>>;
  readonly docs: Readonly<Record<DocLabel, string>>;
}

const sayers = new WeakMap<CatalogModel, Map<string, Say>>();

/** The labels of one locale, read once per model and locale (20,000 pages ask for about 60 each). */
export function sayerFor(model: CatalogModel, locale: string): Say {
  const byLocale = sayers.get(model) ?? new Map<string, Say>();
  sayers.set(model, byLocale);
  let say = byLocale.get(locale);
  if (say === undefined) {
    const [site, docs] = [labelsIn(model, 'site', locale), labelsIn(model, 'docs', locale)];
    const fill = (text: string, values?: Record<string, string>) => (values ? fillPlaceholders(text, values) : text);
    say = Object.assign((name: SiteLabel, values?: Record<string, string>) => fill(site[name], values), {
      doc: (name: DocLabel, values?: Record<string, string>) => fill(docs[name], values),
      locale,
      site,
      docs,
    });
    byLocale.set(locale, say);
  }
  return say;
}
