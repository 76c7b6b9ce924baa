import type { CatalogModel } from '../../model/types.js';
import { indexOrder } from './index-order.js';
import type { Say } from './labels.js';
import { frameOf } from './page-frame.js';
import { ASSETS, codePage, hrefFrom, indexPage, searchDataAsset, statusPage } from './paths.js';
import { readableText } from './readable-text.js';

/** The index of one locale: every code as a row the search script filters, and every status. */
export function indexView(model: CatalogModel, say: Say) {
  const path = indexPage(model, say.locale);
  const option = (value: string, text: string) => ({ value, text });
  return {
    frame: frameOf(model, say, path, say('title'), (locale) => indexPage(model, locale)),
    intro: say('intro'),
    searchData: hrefFrom(path, searchDataAsset(say.locale)),
    searchScript: hrefFrom(path, ASSETS.searchScript),
    labels: {
      search: say('search'),
      searchHint: say('searchHint'),
      noMatch: say('noMatch'),
      nearest: say('nearest'),
      noScript: say('noScript'),
      matches: say('matches'),
      firstShown: say('firstShown'),
      statusesTitle: say('statusesTitle'),
      code: say.doc('code'),
      status: say.doc('status'),
      text: say.doc('text'),
      fault: say.doc('fault'),
    },
    filters: [
      {
        name: 'status',
        label: say('filterStatus'),
        options: [option('', say('any')), ...model.statuses.map((s) => option(String(s), String(s)))],
      },
      {
        name: 'fault',
        label: say('filterFault'),
        options: [
          option('', say('any')),
          option('client', say.doc('faultClient')),
          option('server', say.doc('faultServer')),
        ],
      },
      {
        name: 'retry',
        label: say('filterRetry'),
        options: [
          option('', say('any')),
          option('retryable', say('retryable')),
          option('throttling', say('throttling')),
          option('no', say('notRetryable')),
        ],
      },
      {
        name: 'source',
        label: say('filterSource'),
        options: [
          option('', say('any')),
          option('seed', say('fromSeed')),
          option('page', say('fromPage')),
          option('observed', say('fromObserved')),
        ],
      },
    ],
    rows: indexOrder(model).map((e) => ({
      code: e.code,
      href: hrefFrom(path, codePage(model, e, say.locale)),
      status: String(e.httpStatus),
      text: readableText(e.text[say.locale]!),
    })),
    statuses: model.statuses.map((s) => ({
      status: String(s),
      href: hrefFrom(path, statusPage(model, s, say.locale)),
    })),
    total: String(model.errors.length),
  };
}
