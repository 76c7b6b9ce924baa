import { UNKNOWN_CODE_BRAND } from './brand.js';
import { JssError, type JssErrorOptions } from './jss-error.js';

/** Options for an error whose code is not in the catalog. */
export interface UnknownJssErrorOptions extends JssErrorOptions<never> {
  /** The status as received; 500 when not known. */
  readonly httpStatus?: number;
  /** The message as received; the code when there was none. */
  readonly message?: string;
}

/**
 * An error response with a code this version of the catalog does not know. The code, message,
 * status and request id are kept exactly as received.
 */
export class UnknownJssError extends JssError<string> {
  static override get code(): null {
    return null;
  }

  constructor(code: string, options: UnknownJssErrorOptions = {}) {
    const httpStatus = options.httpStatus ?? 500;
    super(
      {
        code,
        name: 'UnknownJssError',
        httpStatus,
        message: options.message ?? code,
        fault: httpStatus >= 500 ? 'server' : 'client',
        retryable: false,
        throttling: false,
      },
      options,
    );
  }

  get [UNKNOWN_CODE_BRAND](): true {
    return true;
  }
}
