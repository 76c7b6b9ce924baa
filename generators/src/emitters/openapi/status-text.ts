import type { CatalogModel, LocalizedText } from '../../model/types.js';

interface StatusLabels {
  anyOf(status: number, codes: readonly string[]): string;
  bodiless(status: number, code: string, note: string): string;
}

/** The prose of the per-status responses, per locale; a locale without labels gets no extension. */
const LABELS: Readonly<Record<string, StatusLabels>> = {
  en: {
    anyOf: (status, codes) =>
      codes.length === 1
        ? `The JSS error sent with HTTP ${status}: ${codes[0]!}.`
        : `Any JSS error sent with HTTP ${status}: ${codes.join(', ')}. The body's \`Code\` tells which.`,
    bodiless: (status, code, note) =>
      `HTTP ${status} without a body (a HEAD request, or a proxy that dropped it). A client assumes ${code}. ${note}`,
  },
  zh: {
    anyOf: (status, codes) =>
      codes.length === 1
        ? `以 HTTP ${status} 返回的 JSS 错误：${codes[0]!}。`
        : `以 HTTP ${status} 返回的 JSS 错误：${codes.join('、')}。响应体中的 \`Code\` 指明是哪一个。`,
    bodiless: (status, code) => `没有响应体的 HTTP ${status}（HEAD 请求，或代理丢弃了响应体）。客户端按 ${code} 处理。`,
  },
};

export function statusText(model: CatalogModel, say: (labels: StatusLabels) => string): LocalizedText {
  const out: Record<string, string> = {};
  for (const locale of model.locales.all) {
    const labels = LABELS[locale] ?? (locale === model.locales.source ? LABELS.en : undefined);
    if (labels) out[locale] = say(labels);
  }
  return out;
}
