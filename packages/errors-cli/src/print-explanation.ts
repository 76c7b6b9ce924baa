import type { JssCause } from '@jss/errors-i18n';
import type { Explanation, FieldExplanation } from './explanation.js';
import { type CliLabels, cliLabels } from './generated/labels.js';
import type { Style } from './style.js';
import { displayWidth, forTerminal } from './terminal-text.js';

/** The labels of a locale; the source locale's for one the CLI was built without. */
function labelsOf(locale: string): CliLabels {
  return (Object.hasOwn(cliLabels, locale) ? cliLabels[locale as keyof typeof cliLabels] : cliLabels.en) as CliLabels;
}

/** The retry advice in words: whether, and how (a condition first: the clock corrected). */
function retryAdvice(e: Explanation, labels: CliLabels): string {
  if (!e.retryable) return labels.retryNo;
  if (e.retryWhen === 'clockCorrected') return labels.retryClockCorrected;
  return e.throttling ? labels.retryThrottled : labels.retryYes;
}

/** `explain`'s terminal page: the facts as aligned label/value lines, then causes, then variants. */
export function printExplanation(e: Explanation, style: Style): string {
  const labels = labelsOf(e.locale);
  const facts: [string, string][] = [
    [labels.status, String(e.httpStatus)],
    [labels.message, e.message],
    [labels.text, e.text],
    ...(e.statuses.length > 1 ? [[labels.statuses, e.statuses.join(', ')] as [string, string]] : []),
    [labels.fault, e.fault === 'client' ? labels.faultClient : labels.faultServer],
    [labels.retry, retryAdvice(e, labels)],
    // The header's name is the same in every language; its row spares joining two phrases.
    ...(e.retryAfter === undefined
      ? []
      : [['Retry-After', labels.retryAfter.replace('{seconds}', String(e.retryAfter))] as [string, string]]),
    [labels.aws, e.aws === null ? labels.awsNone : `${e.aws.code} (${e.aws.httpStatus})`],
    ...(e.aliases.length > 0 ? [[labels.aliases, e.aliases.join(', ')] as [string, string]] : []),
  ];
  const width = Math.max(...facts.map(([label]) => displayWidth(label)));
  const lines = [
    style.bold(forTerminal(e.code)),
    style.accent(forTerminal(e.docUrl)),
    '',
    ...facts.map(([label, value]) => `${style.dim(pad(label, width))}  ${forTerminal(value)}`),
    ...fieldLines(e.fields, labels, style),
    ...causeLines(labels.causes, e.causes, '', style),
  ];
  if (e.variants.length > 0) {
    lines.push('', style.bold(labels.variants));
    for (const v of e.variants) {
      lines.push(
        '',
        `  ${style.bold(forTerminal(v.id))}  ${forTerminal(v.message)}`,
        `  ${forTerminal(v.text)}`,
        `  ${style.accent(forTerminal(v.docUrl))}`,
      );
      if (v.causes) lines.push(...causeLines(labels.causes, v.causes, '  ', style));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `  range  string  element <RangeRequested>`, then what it is, for each detail the code carries. */
function fieldLines(fields: readonly FieldExplanation[], labels: CliLabels, style: Style): string[] {
  if (fields.length === 0) return [];
  const places = (f: FieldExplanation) => {
    const found = [
      ...(f.element === undefined ? [] : [`${labels.fieldElement} <${f.element}>`]),
      ...(f.header === undefined ? [] : [`${labels.fieldHeader} ${f.header}`]),
    ];
    return found.length > 0 ? found.join(', ') : labels.fieldNotSent;
  };
  return [
    '',
    style.bold(labels.fieldsTitle),
    ...fields.flatMap((f) => [
      `  ${style.bold(forTerminal(f.name))}  ${f.type}  ${style.dim(forTerminal(places(f)))}`,
      `     ${forTerminal(f.description)}`,
    ]),
  ];
}

function causeLines(title: string, causes: readonly JssCause[], indent: string, style: Style): string[] {
  if (causes.length === 0) return [];
  return [
    '',
    `${indent}${style.bold(title)}`,
    ...causes.flatMap((c, i) => [
      `${indent}  ${i + 1}. ${forTerminal(c.cause)}`,
      `${indent}     ${style.accent('→')} ${forTerminal(c.fix)}`,
    ]),
  ];
}

function pad(label: string, width: number): string {
  return label + ' '.repeat(Math.max(0, width - displayWidth(label)));
}
