import { readSafely } from './read-safely.js';
import { resourceValue } from './resource-values.js';

/** What a placeholder may be filled from, besides `params`. */
export interface PlaceholderSource {
  readonly params?: Readonly<Record<string, unknown>> | undefined;
  readonly resource?: string | undefined;
}

/**
 * The text of a placeholder, or undefined when nothing gives it one. In order: `params`, the
 * error's own field (a JssError keeps its placeholders as fields, `error.bucket`; the catalog
 * reserves the names of its other members), the `params` of the error (where its JSON keeps
 * them), what its `resource` says (`/photos/a.jpg`: bucket `photos`, key `a.jpg`), and the code
 * for `{code}`. The unknown-code sentence gets the real code as `params.code` (see format.ts).
 *
 * A value that cannot be read (a throwing getter, a revoked proxy) or written as text (a
 * null-prototype object, a throwing `toString`) counts as no value: formatting an error must not
 * throw and hide it.
 */
export function placeholderValue(
  params: Readonly<Record<string, unknown>> | undefined,
  error: PlaceholderSource | undefined,
  code: string,
  name: string,
): string | undefined {
  const given = readSafely(params, name);
  if (typeof given === 'string' && given !== '') return given;
  let text = textOf(given);
  if (text === undefined && error !== undefined) {
    text = textOf(readSafely(error, name)) ?? textOf(readSafely(readSafely(error, 'params'), name));
    if (text === undefined) {
      const resource = readSafely(error, 'resource');
      text = typeof resource === 'string' ? resourceValue(resource, name) : undefined;
    }
  }
  if (text === undefined && name === 'code' && code !== '') text = code;
  return text;
}

/** A value as text; undefined for none, an empty string, a function, or what cannot be written. */
function textOf(value: unknown): string | undefined {
  // A function is no value: it is what a name like `toString` finds on any object.
  if (value == null || typeof value === 'function') return undefined;
  let text: string;
  try {
    text = typeof value === 'string' ? value : String(value);
  } catch {
    return undefined;
  }
  return text === '' ? undefined : text;
}
