import type { ErrorModel } from '../../model/types.js';
import { retryAdvice } from '../retry-advice.js';
import type { Say } from './labels.js';
import type { LocaleStyle } from './locale-style.js';

/** Retry advice in one line (`retryAdvice`), with the catalog's wait. */
export function retryFact(error: ErrorModel, say: Say, style: LocaleStyle): string {
  const retry = say.doc(retryAdvice(error));
  const wait =
    error.retryAfter === undefined
      ? ''
      : `${style.open}${say.doc('retryAfter', { seconds: String(error.retryAfter) })}${style.close}`;
  return `${retry}${wait}`;
}

/** The index's filter values of a code, as the rows' data attributes hold them. */
export function retryClass(error: ErrorModel): 'throttling' | 'retryable' | 'no' {
  return error.throttling ? 'throttling' : error.retryable ? 'retryable' : 'no';
}

export function sourceKinds(error: ErrorModel): string[] {
  const kinds = [...(error.sources.seed ? ['seed'] : []), ...(error.sources.page.length > 0 ? ['page'] : [])];
  return kinds.length > 0 ? kinds : ['observed'];
}

export function faultText(error: ErrorModel, say: Say): string {
  return error.fault === 'client' ? say.doc('faultClient') : say.doc('faultServer');
}
