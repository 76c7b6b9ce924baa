import type { CatalogModel, RetiredModel } from '../../model/types.js';
import type { Say } from './labels.js';
import { retirementNotice, useInsteadAround } from './lifecycle.js';
import { frameOf } from './page-frame.js';
import { codePage, hrefFrom, statusPage } from './paths.js';

/** A retired code's page: it stays at its URL so old logs and links still explain the code. */
export function retiredView(model: CatalogModel, retired: RetiredModel, say: Say) {
  const path = codePage(model, retired, say.locale);
  const replacement = model.errors.find((e) => e.code === retired.replacement);
  return {
    frame: frameOf(model, say, path, `${retired.code} · ${say('title')}`, (l) => codePage(model, retired, l)),
    code: retired.code,
    lifecycle: retirementNotice(retired, say),
    text: retired.text[say.locale]!,
    message: retired.message,
    status: String(retired.httpStatus),
    aliases: retired.aliases.join(', '),
    replacement: replacement
      ? {
          ...useInsteadAround(say),
          code: replacement.code,
          href: hrefFrom(path, codePage(model, replacement, say.locale)),
        }
      : undefined,
    labels: {
      message: say.doc('message'),
      status: say.doc('status'),
      aliases: say.doc('aliases'),
    },
    statusHref: model.statuses.includes(retired.httpStatus)
      ? hrefFrom(path, statusPage(model, retired.httpStatus, say.locale))
      : '',
  };
}
