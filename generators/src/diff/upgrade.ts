import { parse, stringify } from 'yaml';
import { isObj } from '../catalog/raw.js';
import { catalogValidator, pointerToPath } from '../catalog/schema-check.js';

/**
 * Brings a base catalog written in an older format up to today's schema, so a diff can compare
 * across a format change. Guided by the schema's own complaints, not by a list of past formats:
 * a required key the base lacks is taken from the head's same entry (so it reads as unchanged), a
 * key today's schema no longer has is dropped, and a plain string where per-locale texts are now
 * asked for becomes the source locale's text, the other locales taken from the head. What cannot
 * be brought up is left for the loader to report.
 */
export function upgradeBase(baseText: string, headText: string): { text: string; taken: number } {
  const validator = catalogValidator();
  const validate = (data: unknown): boolean => validator(data);
  const base: unknown = parse(baseText);
  const head: unknown = parse(headText);
  if (!isObj(base) || !isObj(head) || validate(base)) return { text: baseText, taken: 0 };
  let taken = 0;
  // Each pass can uncover what the last one filled in; a catalog has few nesting levels.
  for (let pass = 0; pass < 5 && !validate(base); pass++) {
    let fixed = 0;
    for (const error of validator.errors ?? []) {
      const path = pointerToPath(error.instancePath);
      const at = get(base, path);
      const there = counterpart(base, head, path);
      const p = error.params as Record<string, unknown>;
      if (error.keyword === 'required' && isObj(at) && isObj(there)) {
        const name = String(p.missingProperty);
        if (!(name in at) && name in there) {
          at[name] = there[name];
          fixed++;
        }
      } else if (error.keyword === 'additionalProperties' && isObj(at)) {
        if (delete at[String(p.additionalProperty)]) fixed++;
      } else if (error.keyword === 'type' && p.type === 'object' && typeof at === 'string') {
        const source = String((base.locales as Record<string, unknown>).source);
        set(base, path, { ...(isObj(there) ? there : {}), [source]: at });
        fixed++;
      }
    }
    if (fixed === 0) break;
    taken += fixed;
  }
  return { text: stringify(base), taken };
}

function get(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], data);
}

function set(data: unknown, path: readonly (string | number)[], value: unknown): void {
  (get(data, path.slice(0, -1)) as Record<string, unknown>)[path.at(-1)!] = value;
}

/** Entries of a list are matched by what names them (a code, a variant id, a status), not by position. */
const IDENTITIES = ['code', 'id', 'httpStatus'] as const;

/** The head's node at the base's `path`, or undefined when the head has no such entry. */
function counterpart(base: unknown, head: unknown, path: readonly (string | number)[]): unknown {
  let b = base;
  let h = head;
  for (const segment of path) {
    if (Array.isArray(b) && Array.isArray(h)) {
      const entry = b[Number(segment)] as Record<string, unknown>;
      const identity = IDENTITIES.find((name) => isObj(entry) && name in entry);
      b = entry;
      h = identity === undefined ? undefined : h.find((e) => isObj(e) && e[identity] === entry[identity]);
    } else {
      b = (b as Record<string, unknown> | undefined)?.[segment];
      h = isObj(h) ? h[segment] : undefined;
    }
    if (h === undefined) return undefined;
  }
  return h;
}
