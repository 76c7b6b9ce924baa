import {
  type JssErrorCodeName,
  type JssRetiredCodeInfo,
  type JssRetiredCodeName,
  resolveRetiredJssErrorCode,
  retiredCodeInfo,
} from '@jss/error-codes';
import { brandPrototype, UNKNOWN_CODE_BRAND } from './brand.js';
import { JssError, type JssErrorJson, type JssErrorOptions } from './jss-error.js';

/** Options for an error whose code is not in the catalog. */
export interface UnknownJssErrorOptions extends JssErrorOptions<never> {
  /** The status as received; else a retired code's old status, else 500. */
  readonly httpStatus?: number;
  /** The message as received; the code when there was none. */
  readonly message?: string;
}

/** What an `UnknownJssError` knows when its code is one the catalog retired. */
export interface JssRetirement {
  /** The retired code as the catalog spells it (the received code may differ in case or be an alias). */
  readonly code: JssRetiredCodeName;
  /** The day the catalog retired it, `YYYY-MM-DD`. */
  readonly since: string;
  /** The code that took its place, when there is one. */
  readonly replacement?: JssErrorCodeName;
  /** Why it was retired, in English (the catalog's source locale). */
  readonly reason: string;
}

/** `toJSON()` of an unknown error: `retired` is there only for a retired code. */
export interface UnknownJssErrorJson extends JssErrorJson {
  readonly retired?: JssRetirement;
}

/**
 * An error response with a code this version of the catalog does not know. The code, message,
 * status and request id are kept exactly as received. A code the catalog retired is recognised
 * (case-insensitively and by its aliases): `retired` then says since when, why, and what
 * replaced it.
 */
export class UnknownJssError extends JssError<string> {
  /** Set when the code is one the catalog retired; undefined for a code it never had. */
  declare readonly retired: JssRetirement | undefined;

  static override get code(): null {
    return null;
  }

  constructor(code: string, options: UnknownJssErrorOptions = {}) {
    const retired = retirementOf(code);
    const old = retired === undefined ? undefined : RETIRED[retired.code];
    const httpStatus = options.httpStatus ?? old?.httpStatus ?? 500;
    super(
      {
        code,
        name: 'UnknownJssError',
        httpStatus,
        message: options.message ?? old?.message ?? code,
        fault: httpStatus >= 500 ? 'server' : 'client',
        retryable: false,
        throttling: false,
      },
      options,
    );
    this.retired = retired;
  }

  static {
    brandPrototype(UnknownJssError.prototype, { [UNKNOWN_CODE_BRAND]: () => true });
  }

  override toJSON(): UnknownJssErrorJson {
    const json = super.toJSON();
    return this.retired === undefined ? json : { ...json, retired: this.retired };
  }
}

/** Read as a record: with no retired code in the catalog, the table's own type has no members. */
const RETIRED: Readonly<Record<string, JssRetiredCodeInfo>> = retiredCodeInfo;

function retirementOf(code: string): JssRetirement | undefined {
  const name = typeof code === 'string' ? resolveRetiredJssErrorCode(code) : undefined;
  if (name === undefined) return undefined;
  const { since, replacement, reason } = RETIRED[name]!;
  return Object.freeze({ code: name, since, ...(replacement === undefined ? {} : { replacement }), reason });
}
