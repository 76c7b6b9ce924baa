import { errorInfo, jssErrorCodes } from '@jss/error-codes';
import type { JssErrorAnswer } from '@jss/errors-testing';

/** Every code and variant of the catalog, read at run time, as rule answers. */
export function catalogAnswers(): JssErrorAnswer[] {
  const out: JssErrorAnswer[] = [];
  for (const code of jssErrorCodes) {
    out.push({ code } as JssErrorAnswer);
    for (const variant of Object.keys(errorInfo[code].variants)) out.push({ code, variant } as JssErrorAnswer);
  }
  return out;
}
