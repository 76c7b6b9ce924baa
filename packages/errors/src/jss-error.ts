import type { JssErrorCodeName, JssErrorInfo, JssFault } from '@jss/error-codes';
import {
  brandPrototype,
  hasJssErrorBrand,
  JSS_CODE,
  JSS_ERROR_BRAND,
  JSS_WIRE,
  jssCodeOf,
  UNKNOWN_CODE_BRAND,
} from './brand.js';
import { getJssDocsBaseUrl } from './docs-base-url.js';

const SPEC: unique symbol = Symbol('spec');

/** The catalog's facts, shared by every instance of a class; not an own enumerable field. */
interface Specced<C extends string> {
  [SPEC]: JssErrorSpec<C>;
}

const specOf = <C extends string>(error: JssError<C>): JssErrorSpec<C> => (error as unknown as Specced<C>)[SPEC];

/**
 * What a class passes to the base: the catalog's facts about its code. The wire facts are
 * `JssErrorInfo`'s (one declaration); each generated class carries its own copy of them so that
 * importing one class does not pull in the whole `errorInfo` table.
 */
export interface JssErrorSpec<C extends string = string>
  extends Pick<
    JssErrorInfo,
    'httpStatus' | 'message' | 'fault' | 'retryable' | 'throttling' | 'retryAfter' | 'retryWhen'
  > {
  readonly code: C;
  readonly name: string;
  /** The code's page in the reference, relative to its base URL; none for an unknown code. */
  readonly docPath?: string;
  /** Variant id → wire message; absent when the code has none. */
  readonly variants?: JssErrorInfo['variants'];
  /** Names of the placeholder fields the class carries. */
  readonly params?: readonly string[];
  /** Where the wire carries placeholders (`JssErrorInfo['wire']`); absent when it carries none. */
  readonly wire?: JssErrorInfo['wire'];
}

/** Options every JSS error accepts. Generated classes add their variant ids and placeholders. */
export interface JssErrorOptions<V extends string = string> {
  /** Which of the code's wire messages applies (e.g. BucketNotEmpty's `acl`). */
  readonly variant?: V;
  /** The request id sent in `x-amz-request-id` and `<RequestId>`. */
  readonly requestId?: string;
  /** The bucket or object the error is about, e.g. `/mybucket/photo.jpg`. */
  readonly resource?: string;
  /** `x-amz-id-2`, when one was received. */
  readonly hostId?: string;
  /** Where to send the request instead: a redirect's `<Endpoint>`, else its `Location` header (set by parsing). */
  readonly endpoint?: string;
  /** The error that led to this one; kept for logs, never sent to clients. */
  readonly cause?: unknown;
}

/**
 * What only a received response adds: its message and status, where they differ from the
 * catalog's. Not part of the public options: a class made by hand has the catalog's status and
 * message (`new NoSuchBucketError({ httpStatus: 200 })` does not compile); the parser and the
 * client adapters pass these.
 */
interface ReceivedFacts {
  readonly message?: string;
  readonly httpStatus?: number;
}

/** The JSON form of a JSS error: what `JSON.stringify(error)` gives. No stack, no cause. */
export interface JssErrorJson {
  readonly name: string;
  readonly code: string;
  readonly message: string;
  readonly httpStatus: number;
  readonly variant?: string;
  readonly requestId?: string;
  readonly resource?: string;
  readonly hostId?: string;
  readonly endpoint?: string;
  readonly retryable: boolean;
  readonly params?: Readonly<Record<string, unknown>>;
  /** The code's page in the reference (with the variant's anchor); absent for an unknown code. */
  readonly docUrl?: string;
}

/**
 * The base of every JSS error. Fields are assigned, not declared as class fields, so that
 * construction costs little more than `new Error()`.
 */
export class JssError<C extends string = JssErrorCodeName> extends Error {
  /** The wire code, verbatim. */
  declare readonly code: C;
  declare readonly httpStatus: number;
  declare readonly variant: string | undefined;
  declare readonly requestId: string | undefined;
  declare readonly resource: string | undefined;
  declare readonly hostId: string | undefined;
  /** Where a redirect (301/302/307) says to send the request: `<Endpoint>`, else `Location`. */
  declare readonly endpoint: string | undefined;
  /**
   * Keeps the type nominal (a plain object is not a `JssError`), as the catalog's facts under
   * `SPEC` did when declarations could list a member under a symbol. Declared only: no field.
   */
  declare private readonly nominal: never;

  /** The code a class stands for; undefined on the base class, which stands for all. */
  static get code(): string | null | undefined {
    return undefined;
  }

  /** `instanceof` that also recognises errors made by another copy of this package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (!hasJssErrorBrand(value)) return false;
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass `instanceof` was called on
    const code = this.code;
    if (code === undefined) return true;
    if (code === null) return (value as Record<symbol, unknown>)[UNKNOWN_CODE_BRAND] === true;
    return jssCodeOf(value) === code;
  }

  constructor(spec: JssErrorSpec<C>, options: JssErrorOptions = NO_OPTIONS) {
    const variant = options.variant;
    const received = options as ReceivedFacts;
    const message = received.message ?? variantMessage(spec.variants, variant) ?? spec.message;
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = spec.name;
    this.code = spec.code;
    this.httpStatus = received.httpStatus ?? spec.httpStatus;
    this.variant = variant;
    this.requestId = options.requestId;
    this.resource = options.resource;
    this.hostId = options.hostId;
    this.endpoint = options.endpoint;
    (this as unknown as Specced<C>)[SPEC] = spec;
    if (spec.params) {
      const values = options as Record<string, unknown>;
      const self = this as unknown as Record<string, unknown>;
      for (const name of spec.params) {
        // resource and requestId double as placeholders; they are set above already.
        if (values[name] !== undefined && !Object.hasOwn(BASE_FIELDS, name)) self[name] = values[name];
      }
    }
  }

  // The members under symbols (see `brandPrototype`).
  static {
    brandPrototype(JssError.prototype, {
      [JSS_ERROR_BRAND]: () => true,
      /** The code, under the symbol that guards read (see `attachJssView`). */
      [JSS_CODE]: (error) => error.code,
      /** Where the wire carries the placeholders (see `JSS_WIRE`). */
      [JSS_WIRE]: (error) => specOf(error).wire,
    });
  }

  /** Who caused it: `client` (4xx) or `server` (5xx). */
  get fault(): JssFault {
    return specOf(this).fault;
  }

  /** Whether repeating the same request may succeed. */
  get retryable(): boolean {
    return specOf(this).retryable;
  }

  /** Whether the code asks the client to slow down. */
  get throttling(): boolean {
    return specOf(this).throttling;
  }

  /** Suggested `Retry-After` in seconds, where the catalog gives one. */
  get retryAfter(): number | undefined {
    return specOf(this).retryAfter;
  }

  /**
   * The code's page in the error reference, `#<variant>` added for a variant of the catalog:
   * `https://jss-errors.github.io/reference/errors/NoSuchBucket/`. The base is
   * `setJssDocsBaseUrl`'s. Undefined for a code the catalog does not know.
   */
  get docUrl(): string | undefined {
    const spec = specOf(this);
    if (spec.docPath === undefined) return undefined;
    const page = getJssDocsBaseUrl() + spec.docPath;
    // Only a catalog variant gets an anchor: a parsed error's variant is whatever was received.
    return variantMessage(spec.variants, this.variant) === undefined ? page : `${page}#${this.variant}`;
  }

  /** Placeholder values this error carries (`{ bucket: 'photos' }`), for formatting its text. */
  get params(): Readonly<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const self = this as unknown as Record<string, unknown>;
    for (const name of specOf(this).params ?? NO_PARAMS) if (self[name] !== undefined) out[name] = self[name];
    return out;
  }

  toJSON(): JssErrorJson {
    const params = this.params;
    const docUrl = this.docUrl;
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      httpStatus: this.httpStatus,
      ...(this.variant === undefined ? {} : { variant: this.variant }),
      ...(this.requestId === undefined ? {} : { requestId: this.requestId }),
      ...(this.resource === undefined ? {} : { resource: this.resource }),
      ...(this.hostId === undefined ? {} : { hostId: this.hostId }),
      ...(this.endpoint === undefined ? {} : { endpoint: this.endpoint }),
      retryable: this.retryable,
      ...(Object.keys(params).length === 0 ? {} : { params }),
      ...(docUrl === undefined ? {} : { docUrl }),
    };
  }
}

const NO_PARAMS: readonly string[] = Object.freeze([]);
const NO_OPTIONS: JssErrorOptions = Object.freeze({});
/** Placeholders that are these base fields; the generator reads this too (it gives them no field of their own). */
export const BASE_FIELDS = Object.freeze({ resource: true, requestId: true }) as Record<string, true>;

/** The variant's own message: an inherited name (`constructor`, `toString`) is no variant. */
function variantMessage(variants: Readonly<Record<string, string>> | undefined, variant: string | undefined) {
  return variant !== undefined && variants !== undefined && Object.hasOwn(variants, variant)
    ? variants[variant]
    : undefined;
}
