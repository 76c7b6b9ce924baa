import { errorInfo, isJssErrorCode } from '@jss/error-codes';
import { s3Operations } from '../s3/operation.js';
import type { MockRule } from './types.js';

/**
 * Checks rules read from JSON (the CLI's `--rules` file) and returns them typed. Header patterns
 * are written `{ "regex": "…" }`. Throws an Error naming the first problem (`rules[2].answer.code: …`).
 */
export function parseMockRules(json: unknown): MockRule[] {
  if (!Array.isArray(json)) throw new Error('rules: expected an array of rules');
  return json.map((raw, i) => parseRule(raw, `rules[${i}]`));
}

const RULE_FIELDS = new Set(['name', 'operation', 'bucket', 'key', 'headers', 'call', 'probability', 'seed', 'answer']);
const ANSWER_FIELDS = new Set(['code', 'variant', 'delayMs', 'retryAfter', 'connection', 'inside200']);
const CALL_KINDS = ['nth', 'every', 'first', 'after'];

function parseRule(raw: unknown, at: string): MockRule {
  const rule = object(raw, at);
  for (const name of Object.keys(rule)) if (!RULE_FIELDS.has(name)) throw new Error(`${at}.${name}: unknown field`);
  if (rule.name !== undefined) text(rule.name, `${at}.name`);
  if (rule.bucket !== undefined) text(rule.bucket, `${at}.bucket`);
  if (rule.operation !== undefined) {
    const ops = Array.isArray(rule.operation) ? rule.operation : [rule.operation];
    ops.forEach((op, i) => {
      if (!(s3Operations as readonly unknown[]).includes(op))
        throw new Error(`${at}.operation[${i}]: ${JSON.stringify(op)} is not an S3 operation`);
    });
  }
  if (rule.key !== undefined && typeof rule.key !== 'string') {
    const key = object(rule.key, `${at}.key`);
    const kind = Object.keys(key);
    if (kind.length !== 1 || !['prefix', 'glob'].includes(kind[0]!))
      throw new Error(`${at}.key: a string, { prefix } or { glob }`);
    text(key[kind[0]!], `${at}.key.${kind[0]}`);
  }
  const headers = rule.headers === undefined ? undefined : parseHeaders(rule.headers, `${at}.headers`);
  if (rule.call !== undefined) {
    const call = object(rule.call, `${at}.call`);
    const kind = Object.keys(call);
    if (kind.length !== 1 || !CALL_KINDS.includes(kind[0]!))
      throw new Error(`${at}.call: one of ${CALL_KINDS.join(', ')}`);
  }
  parseAnswer(rule.answer, `${at}.answer`);
  checkRuleNumbers(rule, at);
  return { ...rule, ...(headers ? { headers } : {}) } as unknown as MockRule;
}

function parseAnswer(raw: unknown, at: string): void {
  const answer = object(raw, at);
  for (const name of Object.keys(answer)) if (!ANSWER_FIELDS.has(name)) throw new Error(`${at}.${name}: unknown field`);
  if (answer.code !== undefined) {
    if (typeof answer.code !== 'string' || !isJssErrorCode(answer.code))
      throw new Error(`${at}.code: ${JSON.stringify(answer.code)} is not a JSS error code`);
    if (answer.variant !== undefined && !Object.hasOwn(errorInfo[answer.code].variants, String(answer.variant)))
      throw new Error(`${at}.variant: ${JSON.stringify(answer.variant)} is not a variant of ${answer.code}`);
  } else if (answer.variant !== undefined) throw new Error(`${at}.variant: needs a code`);
  if (answer.connection !== undefined && answer.connection !== 'drop' && answer.connection !== 'truncate')
    throw new Error(`${at}.connection: "drop" or "truncate"`);
  if (answer.inside200 !== undefined && typeof answer.inside200 !== 'boolean')
    throw new Error(`${at}.inside200: a boolean`);
}

/** The longest wait a timer can make (2³¹−1 ms, about 24.8 days); longer ones would fire at once. */
export const MAX_DELAY_MS: number = 2 ** 31 - 1;

interface RuleNumbers {
  readonly call?: object;
  readonly probability?: unknown;
  readonly seed?: unknown;
  readonly answer?: { readonly delayMs?: unknown; readonly retryAfter?: unknown };
}

/**
 * Checks a rule's numbers, for rules from JSON and from the API alike (a rule that could never or
 * always fire, or a delay a timer cannot make, is refused): throws an Error naming the field.
 */
export function checkRuleNumbers(rule: RuleNumbers, at: string): void {
  for (const [kind, n] of Object.entries(rule.call ?? {})) count(n, `${at}.call.${kind}`);
  const { probability, seed, answer } = rule;
  if (probability !== undefined && !(typeof probability === 'number' && probability >= 0 && probability <= 1))
    throw new Error(`${at}.probability: a number from 0 to 1`);
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`${at}.seed: an integer`);
  const delayMs = answer?.delayMs;
  if (
    delayMs !== undefined &&
    !(Number.isInteger(delayMs) && (delayMs as number) >= 0 && (delayMs as number) <= MAX_DELAY_MS)
  )
    throw new Error(
      `${at}.answer.delayMs: an integer from 0 to ${MAX_DELAY_MS} (about 24.8 days), not ${String(delayMs)}`,
    );
  if (answer?.retryAfter !== undefined && answer.retryAfter !== null)
    count(answer.retryAfter, `${at}.answer.retryAfter`, 0);
}

function parseHeaders(raw: unknown, at: string): Record<string, string | RegExp | true> {
  const out: Record<string, string | RegExp | true> = {};
  for (const [name, want] of Object.entries(object(raw, at))) {
    if (typeof want === 'string' || want === true) out[name] = want;
    else {
      const pattern = object(want, `${at}.${name}`).regex;
      out[name] = new RegExp(text(pattern, `${at}.${name}.regex`));
    }
  }
  return out;
}

function object(raw: unknown, at: string): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${at}: expected an object`);
  return raw as Record<string, unknown>;
}

function text(raw: unknown, at: string): string {
  if (typeof raw !== 'string') throw new Error(`${at}: expected a string`);
  return raw;
}

function count(raw: unknown, at: string, min = 1): void {
  if (!Number.isInteger(raw) || (raw as number) < min) throw new Error(`${at}: an integer ≥ ${min}`);
}
