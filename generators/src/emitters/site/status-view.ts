import type { CatalogModel } from '../../model/types.js';
import { errorByCode } from './error-lookup.js';
import type { Say } from './labels.js';
import { localeStyle } from './locale-style.js';
import { frameOf } from './page-frame.js';
import { codePage, hrefFrom, statusPage } from './paths.js';
import { readableText } from './readable-text.js';

/** One HTTP status's page: every code a client may see with it, and what a bodiless one means. */
export function statusView(model: CatalogModel, status: number, say: Say) {
  const path = statusPage(model, status, say.locale);
  const link = (code: string) => {
    const error = errorByCode(model, code);
    return error ? hrefFrom(path, codePage(model, error, say.locale)) : '';
  };
  const bodiless = model.statusDefaults.find((d) => d.httpStatus === status);
  const heading = say('statusTitle', { status: String(status) });
  return {
    frame: frameOf(model, say, path, `${heading} · ${say('title')}`, (l) => statusPage(model, status, l)),
    heading,
    labels: {
      statusCodes: say('statusCodes'),
      code: say.doc('code'),
      text: say.doc('text'),
      operations: say.doc('operations'),
      bodilessTitle: say.doc('defaultsTitle'),
    },
    colon: localeStyle(say.locale).colon.trimEnd(),
    gap: localeStyle(say.locale).gap,
    codes: model.errors
      .filter((e) => e.statuses.includes(status))
      .map((e) => ({
        code: e.code,
        href: hrefFrom(path, codePage(model, e, say.locale)),
        text: readableText(e.text[say.locale]!),
      })),
    bodiless: bodiless
      ? {
          intro: say('statusBodiless', { status: String(status), code: bodiless.code }),
          code: bodiless.code,
          href: link(bodiless.code),
          note: bodiless.note[say.locale]!,
          operations: bodiless.operations.map((o) => ({ operation: o.operation, code: o.code, href: link(o.code) })),
        }
      : '',
  };
}
