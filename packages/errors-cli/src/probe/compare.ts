import { bodilessCodeFor, errorInfo, resolveJssErrorCode } from '@jss/error-codes';
import type { Observation, ObservationReport } from './observation.js';

/** One way an endpoint's answer differs from the catalog; `note`s are facts, not differences. */
export interface Finding {
  readonly case: string;
  readonly kind: 'code' | 'unknown-code' | 'status' | 'message' | 'no-error' | 'note';
  readonly text: string;
}

/** Elements every error carries (`statusCode` is JSS's own); the others are the code's fields. */
const COMMON_ELEMENTS = new Set(['RequestId', 'HostId', 'Resource', 'statusCode']);

/** Compares each observation with what the catalog says of its code, status and message. */
export function compareWithCatalog(report: ObservationReport): Finding[] {
  const findings: Finding[] = [];
  for (const observation of report.observations) findings.push(...compareOne(observation));
  return findings;
}

function compareOne(o: Observation): Finding[] {
  const out: Finding[] = [];
  const add = (kind: Finding['kind'], text: string) => out.push({ case: o.case, kind, text });
  if (o.status === 0) {
    add('no-error', `no answer: ${o.message ?? 'the request failed'}`);
    return out;
  }
  if (o.status < 300 && o.code === undefined) {
    if (o.expected !== null) add('no-error', `answered ${o.status}, not an error; the catalog expects ${o.expected}`);
    return out;
  }
  const received = o.code;
  const code = received === undefined ? bodilessCodeFor(o.status, o.operation) : resolveJssErrorCode(received);
  if (received !== undefined && code === undefined) {
    add('unknown-code', `sent ${received} (${o.status}), which the catalog does not know: a new code or an alias`);
    return out;
  }
  if (o.expected !== null && code !== o.expected) {
    const what = received === undefined ? `a bodiless ${o.status}, read as ${code ?? 'no code'}` : `${received}`;
    add('code', `sent ${what}; the catalog expects ${o.expected}`);
  }
  if (code === undefined) return out;
  const info = errorInfo[code];
  const statuses: readonly number[] = info.statuses;
  if (!statuses.includes(o.status))
    add('status', `${code} came with ${o.status}; the catalog has ${statuses.join(', ')}`);
  const messages = [info.message, ...Object.values(info.variants as Record<string, string>)];
  if (o.message !== undefined && !messages.includes(o.message)) {
    add('message', `${code}'s message was "${o.message}"; the catalog has "${info.message}"`);
  }
  const own = Object.keys(o.elements).filter((name) => !COMMON_ELEMENTS.has(name));
  if (own.length > 0) add('note', `${code} carried ${own.join(', ')}`);
  const ids = ['x-req-id', 'x-jdcloud-request-id', 'x-trace'].filter((name) => o.headers[name] !== undefined);
  if (ids.length > 0) add('note', `request ids also in ${ids.join(', ')}`);
  return out;
}

/** Whether the findings include a difference (notes are not). */
export const hasDifferences = (findings: readonly Finding[]) => findings.some((f) => f.kind !== 'note');
