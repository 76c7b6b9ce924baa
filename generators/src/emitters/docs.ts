import type { CatalogModel } from '../model/types.js';
import type { Emitter } from '../output/generated-file.js';
import { withHeader } from '../output/header.js';
import { render } from '../text/handlebars.js';
import { codeSpan, tableCell } from '../text/markdown.js';

interface Labels {
  title: string;
  intro: string;
  code: string;
  message: string;
  status: string;
  text: string;
  defaultsTitle: string;
  defaultsIntro: string;
  why: string;
}

const LABELS: Readonly<Record<string, Labels>> = {
  en: {
    title: 'JSS error responses',
    intro:
      'Every error JSS sends. *Message* is the wire message, exactly as the service sends it in `<Message>`; *Description* is the human text, with `{placeholders}` for the details an error can carry.',
    code: 'Error code',
    message: 'Message',
    status: 'HTTP status',
    text: 'Description',
    defaultsTitle: 'Responses without a body',
    defaultsIntro:
      'A HEAD request, or a proxy, can leave a response with no body. A client then assumes this code for the status.',
    why: 'Why',
  },
  zh: {
    title: 'JSS 错误响应列表',
    intro:
      'JSS 返回的全部错误。“说明”是服务端在 `<Message>` 中原样返回的报文；“备注”是给人阅读的说明，`{占位符}` 表示错误可携带的细节。',
    code: '错误码',
    message: '说明',
    status: 'HTTP状态码',
    text: '备注',
    defaultsTitle: '没有响应体的错误',
    defaultsIntro: 'HEAD 请求或代理可能使响应没有响应体，此时客户端按状态码假定以下错误码。',
    why: '原因',
  },
};

/** docs/errors.<locale>.md: the error reference, shaped like the seed's table. */
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
  const rows = model.errors.flatMap((e) => [
    {
      code: codeSpan(e.code),
      message: tableCell(e.message),
      status: String(e.httpStatus),
      text: tableCell(e.text[locale]!),
    },
    ...e.variants.map((v) => ({
      code: `${codeSpan(e.code)} (${v.id})`,
      message: tableCell(v.message),
      status: String(e.httpStatus),
      text: tableCell(v.text[locale]!),
    })),
  ]);
  const defaults = model.statusDefaults.map((d) => ({
    status: String(d.httpStatus),
    code: codeSpan(d.code),
    note: tableCell(d.note),
  }));
  return { labels: LABELS[locale] ?? LABELS.en!, rows, defaults };
}
