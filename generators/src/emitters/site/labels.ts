import type { CatalogModel } from '../../model/types.js';
import { label } from '../../text/label.js';
import { FACT_LABELS } from '../fact-labels.js';

/** Labels only the site prints. */
const SITE_LABELS = [
  'title',
  'intro',
  'languageName',
  'language',
  'skip',
  'home',
  'search',
  'searchHint',
  'filterStatus',
  'filterFault',
  'filterRetry',
  'filterSource',
  'any',
  'retryable',
  'throttling',
  'notRetryable',
  'fromSeed',
  'fromPage',
  'fromObserved',
  'matches',
  'firstShown',
  'noMatch',
  'noScript',
  'statusesTitle',
  'statusTitle',
  'statusCodes',
  'statusBodiless',
  'wireTitle',
  'wireIntro',
  'problemNote',
  'clientsTitle',
  'client',
  'reports',
  'withAdapters',
  'sdkGet',
  'sdkHead',
  'minioGet',
  'minioHead',
  'minioReturnsFalse',
  'nearest',
  'sdkName',
  'sdkFault',
  'sdkRetryYes',
  'sdkRetryNo',
  'sdkRetrySkew',
  'minioCode',
  'minioUnread',
  'emptyCode',
  'catchTitle',
  'catchIntro',
  'retryTitle',
  'retryAdviceNo',
  'retryAdviceYes',
  'retryAdviceThrottled',
  'retryAdviceClockCorrected',
  'causesTitle',
  'cause',
  'fix',
  'noCauses',
  'awsTitle',
  'awsSame',
  'awsStatusDiffers',
  'awsCodeDiffers',
  'awsNoneText',
  'provenanceTitle',
  'messageFrom',
  'messageFromSeed',
  'messageFromAws',
  'messageFromPage',
  'messageFromObserved',
  'seedRemark',
  'notes',
  'fieldsIntro',
] as const;
export type SiteLabel = (typeof SITE_LABELS)[number];

/** Labels of the Markdown reference the site shares, so both say the same thing. */
const SHARED_DOC_LABELS = [
  ...FACT_LABELS,
  'source',
  'sourceSeed',
  'sourcePage',
  'sourceNone',
  'operations',
  'defaultsTitle',
  'deprecated',
  'fieldsTitle',
  'field',
  'fieldWire',
  'fieldType',
  'fieldMeaning',
  'fieldElement',
  'fieldHeader',
  'fieldNotSent',
  'retired',
  'useInstead',
] as const;
export type DocLabel = (typeof SHARED_DOC_LABELS)[number];

/** Every catalog label the site needs, checked by the load stage. */
export const REQUIRED_LABELS = [...SITE_LABELS.map((l) => `site.${l}`), ...SHARED_DOC_LABELS.map((l) => `docs.${l}`)];

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
  const lookup = (name: string, values?: Record<string, string>) => {
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
