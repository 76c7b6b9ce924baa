/**
 * Placeholders are ICU simple arguments, `{name}`, so the same text works in our formatter,
 * in intl-messageformat and in i18next (with `{`/`}` as its interpolation delimiters).
 */
const PLACEHOLDER = /\{([^{}]*)\}/g;
const NAME = /^[a-z][A-Za-z0-9]*$/;

export interface PlaceholderScan {
  /** Names in order of first appearance. */
  readonly names: string[];
  /** Why the text is not a valid template, if it is not. */
  readonly problem?: string;
}

export function scanPlaceholders(text: string): PlaceholderScan {
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!NAME.test(name)) {
      return { names, problem: `placeholder {${name}} must be a lowerCamelCase name such as {bucket}` };
    }
    if (!names.includes(name)) names.push(name);
  }
  const rest = text.replace(PLACEHOLDER, '');
  if (rest.includes('{') || rest.includes('}')) {
    return { names, problem: 'unbalanced brace: write placeholders as {name}' };
  }
  return { names };
}

/** `text` with each `{name}` that `values` holds replaced by its value; other braces kept as written. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    NAME.test(name) && Object.hasOwn(values, name) ? values[name]! : whole,
  );
}

export function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name) => b.includes(name));
}

export function listNames(names: readonly string[]): string {
  return names.length === 0
    ? 'none'
    : [...names]
        .sort()
        .map((n) => `{${n}}`)
        .join(', ');
}
