import type { CatalogModel } from '../../model/types.js';
import type { Say } from './labels.js';
import { sayerFor } from './labels.js';
import { localeStyle } from './locale-style.js';
import { ASSETS, hrefFrom, indexPage } from './paths.js';

/** What every page's header and footer show: its language, the stylesheet, home, the language switch. */
export interface Frame {
  readonly lang: string;
  readonly title: string;
  readonly siteTitle: string;
  readonly css: string;
  readonly home: string;
  readonly homeLabel: string;
  readonly skip: string;
  readonly languageLabel: string;
  /** 'yes' on the index: its rows stay hidden until the search script has applied `?q=`. */
  readonly searching: string;
  readonly languages: readonly {
    readonly lang: string;
    readonly name: string;
    readonly href: string;
    readonly current: string;
  }[];
}

/**
 * The frame of the page at `path` in `locale`; `samePageIn` gives the page's path in another
 * locale, so the switch stays on the same code or status.
 */
export function frameOf(
  model: CatalogModel,
  say: Say,
  path: string,
  title: string,
  samePageIn: (locale: string) => string,
): Frame {
  return {
    lang: localeStyle(say.locale).htmlLang,
    title,
    siteTitle: say('title'),
    css: hrefFrom(path, ASSETS.css),
    home: hrefFrom(path, indexPage(model, say.locale)),
    homeLabel: say('home'),
    skip: say('skip'),
    languageLabel: say('language'),
    searching: path === indexPage(model, say.locale) ? 'yes' : '',
    languages: model.locales.all.map((locale) => ({
      lang: localeStyle(locale).htmlLang,
      name: sayerFor(model, locale)('languageName'),
      href: hrefFrom(path, samePageIn(locale)),
      current: locale === say.locale ? 'page' : '',
    })),
  };
}
