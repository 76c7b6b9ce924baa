import type { CatalogModel, CauseModel, DeprecationModel, ErrorModel, RetiredModel } from '../model/types.js';
import type { Emitter } from '../output/generated-file.js';
import { withHeader } from '../output/header.js';
import { render } from '../text/handlebars.js';
import { type LabelIn, label, labelsIn } from '../text/label.js';
import { codeSpan, joinSentences, tableCell } from '../text/markdown.js';
import { retryAdvice } from './retry-advice.js';
import { type LocaleStyle, localeStyle } from './site/locale-style.js';

/** docs/errors.<locale>.md: the error reference, a table shaped like the seed's, then a section per code. */
export const docsEmitter: Emitter = {
  name: 'docs',
  ownedDirs: ['docs'],
  ownsFile: (path) => /^docs\/errors\.[^/]+\.md$/.test(path),
  emit(model) {
    return model.locales.all.map((locale) => ({
      path: `docs/errors.${locale}.md`,
      content: withHeader('md', model.catalogFile, render('errors.md.hbs', view(model, locale))),
    }));
  },
};

function view(model: CatalogModel, locale: string) {
  const say = (name: LabelIn<'docs'>, values?: Record<string, string>) => label(model, `docs.${name}`, locale, values);
  const labels = labelsIn(model, 'docs', locale);
  const style = localeStyle(locale);
  // The site's words for a cause and its fix, which the Markdown reference prints the same way.
  const [causeLabel, fixLabel] = [label(model, 'site.cause', locale), label(model, 'site.fix', locale)];
  // The id is what code passes (`{ variant: 'acl' }`): shown as code, in the locale's brackets.
  const variantName = (code: string, id: string) => `${codeSpan(code)}${style.open}${codeSpan(id)}${style.close}`;
  const mark = (deprecated: DeprecationModel | undefined) => (deprecated ? ` *(${say('deprecatedMark')})*` : '');
  const rows = model.errors.flatMap((e) =>
    e.cases.map((c) => ({
      code: `${c.variant === undefined ? codeSpan(e.code) : variantName(e.code, c.variant)}${mark(c.deprecated)}`,
      message: tableCell(c.message),
      status: String(e.httpStatus),
      text: tableCell(c.text[locale]!),
    })),
  );
  const defaults = model.statusDefaults.map((d) => ({
    status: String(d.httpStatus),
    code: codeSpan(d.code),
    operations: tableCell(d.operations.map((o) => `${o.operation} → ${o.code}`).join(style.comma)),
    note: tableCell(d.note[locale]!),
  }));
  // `- **Cause**: … **Fix**: …`: where the cause ends shows, as on the site.
  const causeLines = (causes: readonly CauseModel[]) =>
    causes.map((c) => ({
      line: `- ${joinSentences(
        `**${causeLabel}**${style.colon}${oneLine(c.cause[locale]!)}`,
        `**${fixLabel}**${style.colon}${oneLine(c.fix[locale]!)}`,
      )}`,
    }));
  /** `**Deprecated since …:** reason. Use X instead.` (or retired), one Markdown line. */
  const lifecycle = (what: 'deprecated' | 'retired', d: DeprecationModel) => {
    // The label brings its own colon (`：` in Chinese, with no space after it); only it is bold.
    const notice = say(what, { since: d.since });
    const head = `**${notice}**${joinSentences(notice, d.reason[locale]!).slice(notice.length)}`;
    const instead = d.replacement === undefined ? undefined : say('useInstead', { code: codeSpan(d.replacement) });
    return oneLine(instead === undefined ? head : joinSentences(head, instead));
  };
  const codes = model.errors.map((e) => ({
    heading: e.code,
    facts: [...(e.deprecated ? [lifecycle('deprecated', e.deprecated)] : []), ...facts(e, say, style)].map((fact) => ({
      fact,
    })),
    message: oneLine(e.message),
    text: oneLine(e.text[locale]!),
    fields: e.params.map((p) => ({
      name: codeSpan(p.name),
      wire:
        p.wire === undefined
          ? say('fieldNotSent')
          : [
              ...(p.wire.element === undefined ? [] : [`${say('fieldElement')} ${codeSpan(`<${p.wire.element}>`)}`]),
              ...(p.wire.header === undefined ? [] : [`${say('fieldHeader')} ${codeSpan(p.wire.header)}`]),
            ].join(style.comma),
      type: codeSpan(p.type),
      meaning: tableCell(p.description[locale]!),
    })),
    causes: causeLines(e.causes),
    variants: e.variants.map((v) => ({
      id: v.id,
      heading: variantName(e.code, v.id),
      facts: v.deprecated ? [{ fact: lifecycle('deprecated', v.deprecated) }] : [],
      message: oneLine(v.message),
      text: oneLine(v.text[locale]!),
      causes: causeLines(v.causes),
    })),
  }));
  const retired = model.retired.map((r) => ({
    heading: r.code,
    facts: [lifecycle('retired', r), ...retiredFacts(r, say, style)].map((fact) => ({ fact })),
    message: oneLine(r.message),
    text: oneLine(r.text[locale]!),
  }));
  return { labels, rows, defaults, codes, retired };
}

/** What a retired code's section keeps: its status and the names it was recognised by. */
function retiredFacts(
  r: RetiredModel,
  say: (name: LabelIn<'docs'>, values?: Record<string, string>) => string,
  style: LocaleStyle,
): string[] {
  return [
    `${say('status')}${style.colon}${r.httpStatus}`,
    ...(r.aliases.length > 0 ? [`${say('aliases')}${style.colon}${r.aliases.map(codeSpan).join(style.comma)}`] : []),
  ].map(oneLine);
}

/** The one-line facts of a code: statuses, fault, retry advice, AWS counterpart, aliases, source. */
function facts(
  e: ErrorModel,
  say: (name: LabelIn<'docs'>, values?: Record<string, string>) => string,
  style: LocaleStyle,
): string[] {
  const { colon, comma, open, close } = style;
  const retry = say(retryAdvice(e));
  const wait =
    e.retryAfter === undefined ? '' : `${open}${say('retryAfter', { seconds: String(e.retryAfter) })}${close}`;
  const sources = [
    ...(e.sources.seed ? [say('sourceSeed', { row: String(e.sources.seed.row) })] : []),
    ...e.sources.page.map((p) => say('sourcePage', { row: String(p.row) })),
  ];
  const statuses = e.statuses.length > 1 ? `${open}${say('statuses')}${colon}${e.statuses.join(comma)}${close}` : '';
  const lines = [
    `${say('status')}${colon}${e.httpStatus}${statuses}`,
    `${say('fault')}${colon}${e.fault === 'client' ? say('faultClient') : say('faultServer')}`,
    `${say('retry')}${colon}${retry}${wait}`,
    `${say('aws')}${colon}${e.aws ? `${codeSpan(e.aws.code)}${open}${e.aws.httpStatus}${close}` : say('awsNone')}`,
    ...(e.aliases.length > 0 ? [`${say('aliases')}${colon}${e.aliases.map(codeSpan).join(comma)}`] : []),
    `${say('source')}${colon}${sources.length > 0 ? sources.join(style.clauseComma) : say('sourceNone')}`,
  ];
  return lines.map(oneLine);
}

/** Text on one Markdown line, with no raw HTML. */
function oneLine(text: string): string {
  return text
    .replace(/</g, '&lt;')
    .replace(/\r\n?|\n/g, ' ')
    .trim();
}
