import type { CatalogModel, CauseModel, ErrorModel, MessageSource } from '../../model/types.js';
import { type RetryAdvice, retryAdvice } from '../retry-advice.js';
import { clientFacts } from './clients.js';
import { faultText, retryFact } from './facts.js';
import type { Say, SiteLabel } from './labels.js';
import { deprecationNotice } from './lifecycle.js';
import { type LocaleStyle, localeStyle } from './locale-style.js';
import { frameOf } from './page-frame.js';
import { codePage, hrefFrom, statusPage } from './paths.js';
import { readableText } from './readable-text.js';
import { catchSnippet } from './snippets.js';
import { wireExamples } from './wire.js';

/** The site's longer advice for each retry advice of the facts line. */
const SITE_ADVICE: Readonly<Record<RetryAdvice, SiteLabel>> = {
  retryNo: 'retryAdviceNo',
  retryYes: 'retryAdviceYes',
  retryThrottled: 'retryAdviceThrottled',
  retryClockCorrected: 'retryAdviceClockCorrected',
};

const MESSAGE_FROM: Readonly<Record<MessageSource, SiteLabel>> = {
  seed: 'messageFromSeed',
  aws: 'messageFromAws',
  page: 'messageFromPage',
  observed: 'messageFromObserved',
};

/** One code's page in one locale. Strings only: the template escapes every value. */
export function codeView(model: CatalogModel, error: ErrorModel, say: Say) {
  const path = codePage(model, error, say.locale);
  const locale = say.locale;
  const style = localeStyle(locale);
  const causes = (list: readonly CauseModel[]) =>
    list.map((c) => ({ cause: readableText(c.cause[locale]!), fix: readableText(c.fix[locale]!) }));
  const examples = wireExamples(model, error);
  const main = examples[0]!;
  return {
    frame: frameOf(model, say, path, `${error.code} · ${say('title')}`, (l) => codePage(model, error, l)),
    code: error.code,
    message: error.message,
    text: readableText(error.text[locale]!),
    labels: labelsOf(say),
    colon: style.colon,
    comma: style.comma,
    statuses: error.statuses.map((s) => ({
      status: String(s),
      href: hrefFrom(path, statusPage(model, s, locale)),
      main: s === error.httpStatus ? 'true' : '',
    })),
    fault: faultText(error, say),
    retry: retryFact(error, say, style),
    retryAdvice: say(SITE_ADVICE[retryAdvice(error)]),
    aliases: error.aliases.join(style.comma),
    awsShort: error.aws ? `${error.aws.code}${style.open}${error.aws.httpStatus}${style.close}` : say.doc('awsNone'),
    awsText: awsText(error, say),
    causes: causes(error.causes),
    fields: fieldRows(error, say),
    variants: error.variants.map((v, i) => ({
      id: v.id,
      message: v.message,
      text: readableText(v.text[locale]!),
      causes: causes(v.causes),
      lifecycle: deprecationNotice(v.deprecated, say),
      xml: examples[i + 1]!.xml,
    })),
    wire: { xml: main.xml, json: main.json, problem: main.problem, status: String(error.httpStatus) },
    clients: clientRows(model, error, say, style),
    snippet: catchSnippet(error),
    provenance: provenance(error, say, style),
    // Written by maintainers, in the catalog's source language: shown on its pages only.
    notes: locale === model.locales.source ? readableText(error.notes) : '',
    lifecycle: deprecationNotice(error.deprecated, say),
  };
}

/** Every site label, and the reference's as `doc_…`. */
function labelsOf(say: Say): Record<string, string> {
  return { ...say.site, ...Object.fromEntries(Object.entries(say.docs).map(([name, text]) => [`doc_${name}`, text])) };
}

/** The code's params: name, where the response carries it (element, header, or neither), type, meaning. */
function fieldRows(error: ErrorModel, say: Say) {
  return error.params.map((p) => ({
    name: p.name,
    wire: [
      ...(p.wire?.element === undefined ? [] : [{ kind: say.doc('fieldElement'), name: `<${p.wire.element}>` }]),
      ...(p.wire?.header === undefined ? [] : [{ kind: say.doc('fieldHeader'), name: p.wire.header }]),
    ],
    notSent: p.wire === undefined ? say.doc('fieldNotSent') : '',
    type: p.type,
    meaning: readableText(p.description[say.locale]!),
  }));
}

function awsText(error: ErrorModel, say: Say): string {
  const aws = error.aws;
  if (!aws) return say('awsNoneText');
  const values = { code: aws.code, awsStatus: String(aws.httpStatus), status: String(error.httpStatus) };
  const lines = [
    ...(aws.code !== error.code ? [say('awsCodeDiffers', values)] : []),
    ...(aws.httpStatus !== error.httpStatus ? [say('awsStatusDiffers', values)] : []),
  ];
  return lines.length > 0 ? lines.join(' ') : say('awsSame', values);
}

function clientRows(model: CatalogModel, error: ErrorModel, say: Say, style: LocaleStyle) {
  const f = clientFacts(model, error);
  const status = String(error.httpStatus);
  const sdkRetry = { yes: say('sdkRetryYes'), no: say('sdkRetryNo'), clockSkew: say('sdkRetrySkew') }[f.sdkRetry];
  const minioHead = f.minioHeadCode === '' ? say('emptyCode') : say('minioCode', { code: f.minioHeadCode });
  return [
    {
      client: say('sdkGet'),
      reports: `${say('sdkName', { name: f.sdkName })}${style.semicolon}${say('sdkFault', { fault: f.sdkFault })}${style.stop}${sdkRetry}`,
      adapter: f.adapterClass,
    },
    ...f.head.map(({ operation, adapterClass }) => ({
      client: say('sdkHead', { operation }),
      reports: say('sdkName', { name: f.sdkHeadName }),
      adapter: adapterClass,
    })),
    {
      client: say('minioGet'),
      reports: f.minioCode === undefined ? say('minioUnread', { status }) : say('minioCode', { code: f.minioCode }),
      adapter: f.minioAdapterClass,
    },
    ...f.head.map(({ operation, adapterClass, minioReturnsFalse }) => ({
      client: say('minioHead', { operation }),
      reports: minioReturnsFalse ? say('minioReturnsFalse') : minioHead,
      adapter: minioReturnsFalse ? 'false' : adapterClass,
    })),
  ];
}

function provenance(error: ErrorModel, say: Say, style: LocaleStyle): string[] {
  const seed = error.sources.seed;
  return [
    `${say('messageFrom')}${style.colon}${say(MESSAGE_FROM[error.messageSource])}`,
    ...(seed
      ? [
          seed.remark === undefined
            ? say.doc('sourceSeed', { row: String(seed.row) })
            : `${say.doc('sourceSeed', { row: String(seed.row) })}${style.stop}${say('seedRemark', { remark: seed.remark })}`,
        ]
      : []),
    ...error.sources.page.map(
      (p) =>
        `${say.doc('sourcePage', { row: String(p.row) })}${style.colon}HTTP ${p.httpStatus}${style.clauseComma}${p.description[say.locale] ?? ''}`,
    ),
    ...(!seed && error.sources.page.length === 0 ? [say.doc('sourceNone')] : []),
  ];
}
