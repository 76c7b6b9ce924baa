import type { CatalogModel } from '../../model/types.js';
import { type LabelIn, type LabelName, label } from '../../text/label.js';

/** A label of the site's own, and one of the Markdown reference's it shares, named without the prefix. */
export type SiteLabel = LabelIn<'site'>;
export type DocLabel = LabelIn<'docs'>;

export interface Say {
  (name: SiteLabel, values?: Record<string, string>): string;
  doc(name: DocLabel, values?: Record<string, string>): string;
  readonly locale: string;
}

const sayers = new WeakMap<CatalogModel, Map<string, Say>>();

/**
 * The labels of one locale, one sayer per model and locale. A label without values is the same
 * string on every page: it is looked up once (20,000 pages ask for about 60 each).
 */
export function sayerFor(model: CatalogModel, locale: string): Say {
  const byLocale = sayers.get(model) ?? new Map<string, Say>();
  sayers.set(model, byLocale);
  const say = byLocale.get(locale) ?? newSayer(model, locale);
  byLocale.set(locale, say);
  return say;
}

function newSayer(model: CatalogModel, locale: string): Say {
  const plain = new Map<string, string>();
  const lookup = (name: LabelName, values?: Record<string, string>) => {
    if (values !== undefined) return label(model, name, locale, values);
    const text = plain.get(name) ?? label(model, name, locale);
    plain.set(name, text);
    return text;
  };
  const say = ((name: SiteLabel, values?: Record<string, string>) => lookup(`site.${name}`, values)) as Say;
  return Object.assign(say, {
    doc: (name: DocLabel, values?: Record<string, string>) => lookup(`docs.${name}`, values),
    locale,
  });
}
