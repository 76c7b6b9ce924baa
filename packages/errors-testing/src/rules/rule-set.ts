import type { IncomingHttpHeaders } from 'node:http';
import type { S3Operation } from '../s3/operation.js';
import { globMatcher } from './glob.js';
import { checkRuleNumbers } from './parse-rules.js';
import { seededRandom } from './seeded-random.js';
import type { CallMatcher, HeaderMatcher, KeyMatcher, MockAnswer, MockRule } from './types.js';

/** The facts of a request that rules match on. */
export interface RuleInput {
  readonly operation: S3Operation;
  readonly bucket: string | undefined;
  readonly key: string | undefined;
  readonly headers: IncomingHttpHeaders;
}

/** The rule that answered: its name (or index) and answer. */
export interface RuleHit {
  readonly rule: string;
  readonly answer: MockAnswer;
}

/** A rule with its own call counter and random generator, so each rule counts independently. */
class LiveRule {
  calls = 0;
  private random: () => number;
  private readonly keyTest: ((key: string) => boolean) | undefined;
  private readonly operations: ReadonlySet<S3Operation> | undefined;

  constructor(
    readonly rule: MockRule,
    readonly label: string,
    private readonly seed: number,
  ) {
    this.random = seededRandom(seed);
    this.keyTest = rule.key === undefined ? undefined : keyTest(rule.key);
    const { operation } = rule;
    this.operations =
      operation === undefined ? undefined : new Set(typeof operation === 'string' ? [operation] : operation);
  }

  reset(): void {
    this.calls = 0;
    this.random = seededRandom(this.seed);
  }

  /** Conditions that do not change state: operation, bucket, key, headers. */
  addresses(input: RuleInput): boolean {
    const { bucket, headers } = this.rule;
    if (this.operations !== undefined && !this.operations.has(input.operation)) return false;
    if (bucket !== undefined && input.bucket !== bucket) return false;
    if (this.keyTest !== undefined && (input.key === undefined || !this.keyTest(input.key))) return false;
    if (headers !== undefined) {
      for (const [name, want] of Object.entries(headers)) if (!headerHolds(input.headers, name, want)) return false;
    }
    return true;
  }

  /** Counts the call, then draws (only for counted calls, so the draw sequence is reproducible). */
  takes(): boolean {
    this.calls++;
    if (this.rule.call !== undefined && !callHolds(this.rule.call, this.calls)) return false;
    if (this.rule.probability !== undefined) return this.random() < this.rule.probability;
    return true;
  }
}

/** Rules in evaluation order; the first whose conditions hold answers. */
export class RuleSet {
  private rules: LiveRule[] = [];

  constructor(private readonly defaultSeed: number | undefined) {}

  add(rules: readonly MockRule[]): void {
    for (const rule of rules) {
      const index = this.rules.length;
      checkRuleNumbers(rule, `rules[${index}]`);
      const seed = rule.seed ?? (this.defaultSeed === undefined ? 1 : this.defaultSeed + index);
      this.rules.push(new LiveRule(rule, rule.name ?? `#${index}`, seed));
    }
  }

  /** Keeps the first `count` rules (the permanent ones), with fresh counters and generators. */
  resetTo(count: number): void {
    this.rules.length = Math.min(count, this.rules.length);
    for (const rule of this.rules) rule.reset();
  }

  get size(): number {
    return this.rules.length;
  }

  match(input: RuleInput): RuleHit | undefined {
    for (const live of this.rules) {
      if (live.addresses(input) && live.takes()) return { rule: live.label, answer: live.rule.answer };
    }
    return undefined;
  }

  /**
   * The rule answering one key of a request about many (DeleteObjects): only rules with a `key`
   * condition are tried (the others matched the request itself), and `call` counts keys.
   */
  matchKey(input: RuleInput): RuleHit | undefined {
    for (const live of this.rules) {
      if (live.rule.key !== undefined && live.addresses(input) && live.takes())
        return { rule: live.label, answer: live.rule.answer };
    }
    return undefined;
  }
}

function keyTest(matcher: KeyMatcher): (key: string) => boolean {
  if (typeof matcher === 'string') return (key) => key === matcher;
  if ('prefix' in matcher) return (key) => key.startsWith(matcher.prefix);
  return globMatcher(matcher.glob);
}

function headerHolds(headers: IncomingHttpHeaders, name: string, want: HeaderMatcher): boolean {
  const raw = headers[name.toLowerCase()];
  if (raw === undefined) return false;
  if (want === true) return true;
  const value = Array.isArray(raw) ? raw.join(', ') : raw;
  if (typeof want === 'string') return value === want;
  want.lastIndex = 0; // a `g` or `y` pattern would otherwise resume where the last request's match ended
  return want.test(value);
}

function callHolds(call: CallMatcher, n: number): boolean {
  if ('nth' in call) return n === call.nth;
  if ('every' in call) return n % call.every === 0;
  if ('first' in call) return n <= call.first;
  return n > call.after;
}
