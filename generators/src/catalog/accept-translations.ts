import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Scalar } from 'yaml';
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
  // Retired codes keep their texts (bundles and docs still show them): accepted like a code's.
  const entries = ['errors', 'retired'].flatMap((key) => {
    const list = root.get(key, true);
    return isSeq(list) ? list.items : [];
  });
  for (const entry of entries) {
    if (!isMap(entry)) continue;
    const code = scalarString(entry.get('code', true));
    if (options.code !== undefined && code !== options.code) continue;
    codeFound = true;
    stale.push(...staleTexts(entry, code ?? '?', source, options.locale));
  }
  // Labels and status-default notes belong to no code: accepted only when no code is asked for.
  if (options.code === undefined) {
    for (const key of ['labels', 'statusDefaults'])
      stale.push(...staleTexts(root.get(key, true), key, source, options.locale));
  }
  if (!codeFound) throw new AcceptTranslationsError(`no code "${options.code}" in the catalog`);

  let out = text;
  // Splice from the end so earlier offsets stay valid.
  for (const item of [...stale].sort((a, b) => b.node.range![0] - a.node.range![0])) {
    const [start, end] = item.node.range!;
    const quote = text[start] === "'" ? "'" : '"';
    // A block scalar (`translates: >-` and the hash on the next line) becomes a quoted one; its
    // line break stays, so the next key keeps its line.
    const block = item.node.type === 'BLOCK_FOLDED' || item.node.type === 'BLOCK_LITERAL';
    const tail = block && text.slice(start, end).endsWith('\n') ? '\n' : '';
    out = `${out.slice(0, start)}${quote}${item.to}${quote}${tail}${out.slice(end)}`;
  }
  const accepted = stale.map(({ node, label, locale, to }) => {
    const { line, col } = lineCounter.linePos(node.range![0]);
    return { line, column: col, label, locale, from: String(node.value), to };
  });
  return { text: out, accepted };
}

type Stale = { node: Scalar; label: string; locale: string; to: string };

/**
 * The stale `translates` scalars anywhere under `node`: every mapping whose source-locale value is
 * a string and whose other locales are `{ text, translates }` is a text (an error's, a variant's,
 * a cause's, a fix's, a label, a note), so a new kind of text needs no change here.
 */
function staleTexts(node: unknown, label: string, source: string, onlyLocale: string | undefined): Stale[] {
  if (isSeq(node)) return node.items.flatMap((item, i) => staleTexts(item, `${label}[${i}]`, source, onlyLocale));
  if (!isMap(node)) return [];
  const sourceText = scalarString(node.get(source, true));
  const found: Stale[] = [];
  if (sourceText !== undefined) {
    const current = sourceHash(sourceText);
    for (const pair of node.items) {
      const locale = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (locale === undefined || locale === source || (onlyLocale !== undefined && locale !== onlyLocale)) continue;
      const translates = isMap(pair.value) ? pair.value.get('translates', true) : undefined;
      if (isScalar(translates) && translates.range && String(translates.value).trim() !== current) {
        found.push({ node: translates, label, locale, to: current });
      }
    }
    return found;
  }
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '?';
    const id = isMap(pair.value) ? scalarString(pair.value.get('id', true)) : undefined;
    found.push(...staleTexts(pair.value, key === 'text' ? label : `${label}.${id ?? key}`, source, onlyLocale));
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
