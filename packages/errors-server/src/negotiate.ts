import type { ErrorBodyFormat } from './types.js';

interface Candidate {
  readonly format: ErrorBodyFormat;
  readonly types: readonly string[];
}

// Tie order: XML (what S3 clients expect) first, then problem+json, which a client lists only
// when it knows it, then plain JSON.
const CANDIDATES: readonly Candidate[] = [
  { format: 'xml', types: ['application/xml', 'text/xml'] },
  { format: 'problem', types: ['application/problem+json'] },
  { format: 'json', types: ['application/json'] },
];

const EXACT: ReadonlyMap<string, ErrorBodyFormat> = new Map([
  ['', 'xml'],
  ['*/*', 'xml'],
  ['application/xml', 'xml'],
  ['application/json', 'json'],
  ['application/problem+json', 'problem'],
]);

interface Range {
  readonly type: string;
  readonly subtype: string;
  readonly q: number;
}

/**
 * The body format an `Accept` header asks for. Highest q wins; on equal q the more specific
 * range wins (axios's `application/json, text/plain, <any>` gives JSON), then XML, problem+json,
 * JSON. No header, an unparsable one or one that accepts none of them gives XML: an error
 * response is never a 406.
 */
export function negotiateErrorFormat(accept: string | readonly string[] | null | undefined): ErrorBodyFormat {
  if (accept === undefined || accept === null) return 'xml';
  const header = typeof accept === 'string' ? accept : accept.join(',');
  // The headers clients actually send, without parsing.
  const exact = EXACT.get(header);
  if (exact !== undefined) return exact;
  const ranges = parseAccept(header);
  let best: ErrorBodyFormat = 'xml';
  let bestQ = 0;
  let bestSpecificity = 0;
  for (const candidate of CANDIDATES) {
    const { q, specificity } = preference(candidate, ranges);
    if (q > bestQ || (q === bestQ && q > 0 && specificity > bestSpecificity)) {
      best = candidate.format;
      bestQ = q;
      bestSpecificity = specificity;
    }
  }
  return best;
}

/** The q of the most specific range matching the candidate (RFC 9110 section 12.5.1). */
function preference(candidate: Candidate, ranges: readonly Range[]): { q: number; specificity: number } {
  let q = 0;
  let specificity = 0;
  for (const type of candidate.types) {
    const [main, sub] = type.split('/') as [string, string];
    for (const range of ranges) {
      const s =
        range.type === main && range.subtype === sub
          ? 3
          : range.type === main && range.subtype === '*'
            ? 2
            : range.type === '*' && range.subtype === '*'
              ? 1
              : 0;
      if (s > specificity || (s === specificity && s > 0 && range.q > q)) {
        specificity = s;
        q = range.q;
      }
    }
  }
  return { q, specificity };
}

function parseAccept(header: string): Range[] {
  const ranges: Range[] = [];
  for (const part of header.split(',')) {
    const [mediaRange = '', ...params] = part.split(';');
    const slash = mediaRange.indexOf('/');
    if (slash === -1) continue;
    const type = mediaRange.slice(0, slash).trim().toLowerCase();
    const subtype = mediaRange
      .slice(slash + 1)
      .trim()
      .toLowerCase();
    if (type === '' || subtype === '') continue;
    let q = 1;
    for (const param of params) {
      const eq = param.indexOf('=');
      if (eq === -1 || param.slice(0, eq).trim().toLowerCase() !== 'q') continue;
      q = Number(param.slice(eq + 1).trim());
    }
    if (Number.isNaN(q) || q < 0 || q > 1) continue;
    ranges.push({ type, subtype, q });
  }
  return ranges;
}
