import type { JssErrorCodeName } from './generated/codes.js';

/**
 * The parameter type of an API that takes a code, `S` being inferred from the argument:
 * `function f<S extends string>(code: JssErrorCodeInput<S>)`. A literal must be a catalog code
 * (a typo is a compile error, and editors complete the codes); a code held in a `string` (from
 * the wire, a log) is accepted as it is, for the API to resolve at run time.
 */
export type JssErrorCodeInput<S extends string> = S extends JssErrorCodeName
  ? S
  : string extends S
    ? S
    : JssErrorCodeName;

/** `Known[S]` for a catalog code `S`, else `Other`: the per-code type of a code parameter's result. */
export type ForJssErrorCode<
  S extends string,
  Known extends { readonly [C in JssErrorCodeName]: unknown },
  Other,
> = S extends JssErrorCodeName ? Known[S] : Other;
