import type { CatalogModel, RetiredModel } from '../../model/types.js';
import { joinSentences } from '../../text/markdown.js';
import type { Say } from './labels.js';
import { retirementNotice, useInsteadAround } from './lifecycle.js';
import { frameOf } from './page-frame.js';
import { codePage, hrefFrom, statusPage } from './paths.js';

/** A retired code's page: it stays at its URL so old logs and links still explain the code. */
export function retiredView(model: CatalogModel, retired: RetiredModel, say: Say) {
  const path = codePage(model, retired, say.locale);
  const replacement = model.errors.find((e) => e.code === retired.replacement);
  const notice = retirementNotice(retired, say);
  const around = useInsteadAround(say);
  return {
    frame: frameOf(model, say, path, `${retired.code} · ${say('title')}`, (l) => codePage(model, retired, l)),
    code: retired.code,
    lifecycle: notice,
    text: retired.text[say.locale]!,
    message: retired.message,
    status: String(retired.httpStatus),
    aliases: retired.aliases.join(', '),
    replacement: replacement
      ? {
          // The space between the sentences, or none after a full-width stop, goes before the link.
          before: joinSentences(notice, around.before).slice(notice.length),
          after: around.after,
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
