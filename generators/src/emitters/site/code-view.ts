import type { CatalogModel, CauseModel, ErrorModel, MessageSource } from '../../model/types.js';
import { clientFacts } from './clients.js';
import { faultText, retryFact } from './facts.js';
import type { Say, SiteLabel } from './labels.js';
import { deprecationNotice } from './lifecycle.js';
import { frameOf } from './page-frame.js';
import { codePage, hrefFrom, statusPage } from './paths.js';
import { catchSnippet } from './snippets.js';
import { wireExamples } from './wire.js';

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
  const causes = (list: readonly CauseModel[]) => list.map((c) => ({ cause: c.cause[locale]!, fix: c.fix[locale]! }));
  const examples = wireExamples(error);
  const main = examples[0]!;
  return {
    frame: frameOf(model, say, path, `${error.code} · ${say('title')}`, (l) => codePage(model, error, l)),
    code: error.code,
    message: error.message,
    text: error.text[locale]!,
    labels: labelsOf(say),
    statuses: error.statuses.map((s) => ({
      status: String(s),
      href: hrefFrom(path, statusPage(model, s, locale)),
      main: s === error.httpStatus ? 'true' : '',
    })),
    fault: faultText(error, say),
    retry: retryFact(error, say),
    retryAdvice: !error.retryable
      ? say('retryAdviceNo')
      : error.throttling
        ? say('retryAdviceThrottled')
        : say('retryAdviceYes'),
    aliases: error.aliases.join(', '),
    awsShort: error.aws ? `${error.aws.code} (${error.aws.httpStatus})` : say.doc('awsNone'),
    awsText: awsText(error, say),
    causes: causes(error.causes),
    variants: error.variants.map((v, i) => ({
      id: v.id,
      message: v.message,
      text: v.text[locale]!,
      causes: causes(v.causes),
      lifecycle: deprecationNotice(v.deprecated, say),
      xml: examples[i + 1]!.xml,
    })),
    wire: { xml: main.xml, json: main.json, problem: main.problem, status: String(error.httpStatus) },
    clients: clientRows(model, error, say),
    snippet: catchSnippet(error),
    provenance: provenance(error, say),
    notes: error.notes,
    lifecycle: deprecationNotice(error.deprecated, say),
  };
}

const pageLabels = new WeakMap<Say, Record<string, string>>();

/** The headings and captions of a code page: the same object for every page of a locale. */
function labelsOf(say: Say): Record<string, string> {
  const labels = pageLabels.get(say) ?? pageLabelsOf(say);
  pageLabels.set(say, labels);
  return labels;
}

function pageLabelsOf(say: Say): Record<string, string> {
  const site = [
    'wireTitle',
    'wireIntro',
    'problemNote',
    'clientsTitle',
    'client',
    'reports',
    'withAdapters',
    'catchTitle',
    'catchIntro',
    'retryTitle',
    'causesTitle',
    'cause',
    'fix',
    'noCauses',
    'awsTitle',
    'provenanceTitle',
    'notes',
  ] as const;
  const docs = ['message', 'status', 'statuses', 'fault', 'retry', 'aws', 'aliases', 'variants'] as const;
  return {
    ...Object.fromEntries(site.map((l) => [l, say(l)])),
    ...Object.fromEntries(docs.map((l) => [`doc_${l}`, say.doc(l)])),
  };
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

function clientRows(model: CatalogModel, error: ErrorModel, say: Say) {
  const f = clientFacts(model, error);
  const status = String(error.httpStatus);
  const sdkRetry = { yes: say('sdkRetryYes'), no: say('sdkRetryNo'), clockSkew: say('sdkRetrySkew') }[f.sdkRetry];
  return [
    {
      client: say('sdkGet'),
      reports: `${say('sdkName', { name: f.sdkName })}; ${say('sdkFault', { fault: f.sdkFault })}. ${sdkRetry}`,
      adapter: f.adapterClass,
    },
    { client: say('sdkHead'), reports: say('sdkName', { name: f.sdkHeadName }), adapter: f.headAdapterClass },
    {
      client: say('minioGet'),
      reports: f.minioCode === undefined ? say('minioUnread', { status }) : say('minioCode', { code: f.minioCode }),
      adapter: f.minioAdapterClass,
    },
    {
      client: say('minioHead'),
      reports: f.minioHeadCode === '' ? say('emptyCode') : say('minioCode', { code: f.minioHeadCode }),
      adapter: f.headAdapterClass,
    },
  ];
}

function provenance(error: ErrorModel, say: Say): string[] {
  const seed = error.sources.seed;
  return [
    `${say('messageFrom')}: ${say(MESSAGE_FROM[error.messageSource])}`,
    ...(seed
      ? [
          seed.remark === undefined
            ? say.doc('sourceSeed', { row: String(seed.row) })
            : `${say.doc('sourceSeed', { row: String(seed.row) })}. ${say('seedRemark', { remark: seed.remark })}`,
        ]
      : []),
    ...error.sources.page.map(
      (p) =>
        `${say.doc('sourcePage', { row: String(p.row) })}: HTTP ${p.httpStatus}, ${p.description[say.locale] ?? ''}`,
    ),
    ...(!seed && error.sources.page.length === 0 ? [say.doc('sourceNone')] : []),
  ];
}
