/** What a placeholder may be filled from, besides `params`. */
export interface PlaceholderSource {
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The text of a placeholder whose `params` value is not a string: a number from params, else
 * the error's own field (a JssError keeps its placeholders as fields, `error.bucket`, as it keeps
 * `resource` and `requestId`; the catalog reserves the names of its other members), else the
 * `params` of the error (where its JSON keeps them), else the code for `{code}`; else `{name}`
 * stays visible. The unknown-code sentence gets the real code as `params.code` (see format.ts),
 * so there `{code}` is always the code the error has, whatever the caller's params say.
 */
export function placeholderValue(
  fromParams: unknown,
  error: PlaceholderSource | undefined,
  code: string,
  name: string,
  raw: string,
): string {
  let value = fromParams;
  if (value == null && error !== undefined) {
    value = (error as Readonly<Record<string, unknown>>)[name];
    if (value == null) {
      const params = error.params;
      value = params == null ? undefined : params[name];
    }
  }
  if (value == null && name === 'code') value = code;
  // A function is no value: it is what a name like `toString` finds on any object.
  return value == null || typeof value === 'function' ? raw : typeof value === 'string' ? value : String(value);
}
