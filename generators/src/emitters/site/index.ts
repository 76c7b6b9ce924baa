import type { CatalogModel } from '../../model/types.js';
import type { Emitter, GeneratedFile } from '../../output/generated-file.js';
import { generatedNotice } from '../../output/header.js';
import { renderHtml, templateText } from '../../text/handlebars.js';
import { codeView } from './code-view.js';
import { indexView } from './index-view.js';
import { nearestCodesScript } from './nearest-codes.js';
import { sayerFor } from './labels.js';
import { retiredView } from './retired-view.js';
import { ASSETS, codePage, indexPage, outputPath, SITE_ROOT, searchDataAsset, statusPage } from './paths.js';
import { searchDataScript } from './search-index.js';
import { statusView } from './status-view.js';

/** The partials every page template uses: `{{> header}}`, `{{> footer}}`. */
const PARTIALS = { header: 'site/header.html.hbs', footer: 'site/footer.html.hbs' } as const;

/**
 * docs/reference: the error reference as a static site, a page per code and per status in every
 * locale, an index with offline search. Plain HTML and CSS, one small script; every link relative.
 */
export const siteEmitter: Emitter = {
  name: 'site',
  ownedDirs: [SITE_ROOT],
  emit(model) {
    const notice = generatedNotice(model.catalogFile);
    const html = (sitePath: string, template: string, view: object): GeneratedFile => ({
      path: outputPath(sitePath),
      content: `<!DOCTYPE html>\n<!-- ${notice} -->\n${renderHtml(template, view, PARTIALS)}`,
    });
    const pages = model.locales.all.flatMap((locale) => {
      const say = sayerFor(model, locale);
      return [
        html(indexPage(model, locale), 'site/index.html.hbs', indexView(model, say)),
        ...model.errors.map((e) => html(codePage(model, e, locale), 'site/code.html.hbs', codeView(model, e, say))),
        ...model.retired.map((r) =>
          html(codePage(model, r, locale), 'site/retired.html.hbs', retiredView(model, r, say)),
        ),
        ...model.statuses.map((s) =>
          html(statusPage(model, s, locale), 'site/status.html.hbs', statusView(model, s, say)),
        ),
      ];
    });
    return [...pages, ...assets(model, notice)];
  },
};

/** The line of search.js that the CLI's suggestion functions take the place of. */
const NEAREST_CODES = '  // nearest-codes: packages/errors-cli/src/suggest.js\n';

function assets(model: CatalogModel, notice: string): GeneratedFile[] {
  // A catalog path cannot end the CSS comment: headerSafePath leaves `*/` alone.
  const cssNotice = notice.replace(/\*\//g, '*\\/');
  return [
    { path: outputPath(ASSETS.css), content: `/* ${cssNotice} */\n${templateText('site/site.css')}` },
    {
      path: outputPath(ASSETS.searchScript),
      content: `// ${notice}\n${templateText('site/search.js').replace(NEAREST_CODES, () => nearestCodesScript())}`,
    },
    ...model.locales.all.map((locale) => ({
      path: outputPath(searchDataAsset(locale)),
      content: searchDataScript(model, locale, notice),
    })),
  ];
}
