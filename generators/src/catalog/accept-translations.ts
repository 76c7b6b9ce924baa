import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Scalar, type YAMLMap } from 'yaml';
import { sourceHash } from '../text/source-hash.js';

export interface AcceptOptions {
  /** Accept only this locale's translations. */
  readonly locale?: string;
  /** Accept only this code's translations (its variants included). */
  readonly code?: string;
}

/** One `translates` hash brought up to date. */
export interface AcceptedTranslation {
  readonly line: number;
  readonly column: number;
  /** `NoSuchBucket`, or `BucketNotEmpty.acl` for a variant (the label diagnostics use). */
  readonly label: string;
  readonly locale: string;
  readonly from: string;
  readonly to: string;
}

export interface AcceptResult {
  /** The catalog with the new hashes; every other byte as it was. */
  readonly text: string;
  readonly accepted: readonly AcceptedTranslation[];
}

/** A catalog that cannot be edited, or options that match nothing in it. */
export class AcceptTranslationsError extends Error {
  override readonly name = 'AcceptTranslationsError';
}

/**
 * After a translator checked stale translations, records that they translate the current source
 * text: each stale `translates` hash becomes the hash of the source text. The YAML Document finds
 * the hashes; the edit is a splice of those few bytes, so comments, folding and quoting stay as
 * written (re-printing the document would reflow every folded note).
 */
export function acceptTranslations(text: string, options: AcceptOptions = {}): AcceptResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0)
    throw new AcceptTranslationsError(`the catalog is not valid YAML: ${doc.errors[0]!.message.split('\n', 1)[0]}`);
  const root = doc.contents;
  if (!isMap(root)) throw new AcceptTranslationsError('the catalog is not a YAML mapping');
  const source = scalarString(doc.getIn(['locales', 'source'], true)) ?? 'en';
  const locales = localesOf(doc);
  if (options.locale !== undefined) {
    if (options.locale === source)
      throw new AcceptTranslationsError(
        `"${options.locale}" is the source locale; only translations record what they translate`,
      );
    if (!locales.includes(options.locale))
      throw new AcceptTranslationsError(
        `locale "${options.locale}" is not listed in locales.all (${locales.join(', ')})`,
      );
  }

  const stale: Array<{ node: Scalar; label: string; locale: string; to: string }> = [];
  let codeFound = options.code === undefined;
  const errors = root.get('errors', true);
  for (const entry of isSeq(errors) ? errors.items : []) {
    if (!isMap(entry)) continue;
    const code = scalarString(entry.get('code', true));
    if (options.code !== undefined && code !== options.code) continue;
    codeFound = true;
    stale.push(...staleIn(entry, code ?? '?', source, options.locale));
    const variants = entry.get('variants', true);
    for (const variant of isSeq(variants) ? variants.items : []) {
      if (isMap(variant))
        stale.push(
          ...staleIn(variant, `${code ?? '?'}.${scalarString(variant.get('id', true)) ?? '?'}`, source, options.locale),
        );
    }
  }
  if (!codeFound) throw new AcceptTranslationsError(`no code "${options.code}" in the catalog`);

  let out = text;
  // Splice from the end so earlier offsets stay valid.
  for (const item of [...stale].sort((a, b) => b.node.range![0] - a.node.range![0])) {
    const [start, end] = item.node.range!;
    const quote = text[start] === "'" ? "'" : '"';
    out = `${out.slice(0, start)}${quote}${item.to}${quote}${out.slice(end)}`;
  }
  const accepted = stale.map(({ node, label, locale, to }) => {
    const { line, col } = lineCounter.linePos(node.range![0]);
    return { line, column: col, label, locale, from: String(node.value), to };
  });
  return { text: out, accepted };
}

/** The stale `translates` scalars of one code or variant. */
function staleIn(owner: YAMLMap, label: string, source: string, onlyLocale: string | undefined) {
  const text = owner.get('text', true);
  if (!isMap(text)) return [];
  const sourceText = scalarString(text.get(source, true));
  if (sourceText === undefined) return [];
  const current = sourceHash(sourceText);
  const found: Array<{ node: Scalar; label: string; locale: string; to: string }> = [];
  for (const pair of text.items) {
    const locale = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (locale === undefined || locale === source || (onlyLocale !== undefined && locale !== onlyLocale)) continue;
    const translates = isMap(pair.value) ? pair.value.get('translates', true) : undefined;
    if (isScalar(translates) && translates.range && String(translates.value) !== current) {
      found.push({ node: translates, label, locale, to: current });
    }
  }
  return found;
}

function localesOf(doc: Document): string[] {
  const all = doc.getIn(['locales', 'all'], true);
  return isSeq(all) ? all.items.map(scalarString).filter((l): l is string => l !== undefined) : [];
}

function scalarString(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}
