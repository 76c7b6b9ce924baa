import { withoutCapture } from './without-capture.js';

/**
 * Builds the typed error for an error a client threw, with no stack capture, and gives it the
 * frames of that client error, its `cause`: it is the same failure re-typed, so where the client
 * failed (then the caller's awaits) is the useful stack, and a second capture would cost more
 * than a `new Error()` on its own. Nothing is formatted until someone reads `stack`.
 */
export function withCauseStack<A, E extends Error | undefined>(make: (argument: A) => E, argument: A): E {
  const { value, captured } = withoutCapture(make, argument);
  if (!captured && value !== undefined) Object.defineProperty(value, 'stack', CAUSE_STACK);
  return value;
}

const OWN_STACK = Symbol('stack');

type WithStack = Error & { [OWN_STACK]?: string };

/** One descriptor for every such error: no closure per error. */
const CAUSE_STACK: PropertyDescriptor = {
  configurable: true,
  get(this: WithStack): string {
    this[OWN_STACK] ??=
      `${this.name}: ${this.message}${framesOf((this.cause as { stack?: unknown } | undefined)?.stack)}`;
    return this[OWN_STACK];
  },
  set(this: WithStack, stack: string) {
    this[OWN_STACK] = stack;
  },
};

/** The `\n    at …` lines of a V8 stack (the header, whatever its message, dropped). */
function framesOf(stack: unknown): string {
  if (typeof stack !== 'string') return '';
  const first = stack.indexOf('\n    at ');
  return first === -1 ? '' : stack.slice(first);
}
