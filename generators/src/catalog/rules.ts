import { jssErrorMembers } from '../model/jss-error-members.js';
import { classNameOf, lookupKeyOf, RESERVED_CLASS_NAMES } from '../model/naming.js';
import { listNames, sameNames, scanPlaceholders } from '../text/placeholders.js';
import { sourceHash } from '../text/source-hash.js';
import { icuSyntaxProblem } from './icu-syntax.js';
import { checkConstraints, checkParamExamples } from './fact-rules.js';
import { checkParamWire, isWireParam } from './param-rules.js';
import {
  checkDeprecations,
  checkRetired,
  type LifecycleContext,
  retiredNames,
  reuseMessage,
} from './lifecycle-rules.js';
import type { PathProblem } from './schema-check.js';
import { arr, isObj, type Obj, type Report, str } from './raw.js';
import type { CatalogPath } from './yaml-source.js';

/**
 * The rules a JSON Schema cannot say: uniqueness across entries, locales and placeholders that
 * must agree, names that must not collide, translations that must be current. Runs on data that
 * may have failed the schema, so every access is guarded.
 */
export function checkRules(data: unknown, locate: (path: CatalogPath) => { line: number }): PathProblem[] {
  if (!isObj(data)) return [];
  const problems: PathProblem[] = [];
  const report = (
    path: CatalogPath,
    message: string,
    target: 'value' | 'key' = 'value',
    severity: 'error' | 'warning' = 'error',
  ) => problems.push({ path, message, target, severity });

  const locales = isObj(data.locales) ? data.locales : {};
  const sourceLocale = str(locales.source) ?? 'en';
  const allLocales = arr(locales.all).filter((l): l is string => typeof l === 'string');
  if (allLocales.length > 0 && !allLocales.includes(sourceLocale)) {
    report(['locales', 'source'], `source locale "${sourceLocale}" must be listed in locales.all`);
  }
  const texts: TextCheck = (text, path, label, declared = []) =>
    checkTexts(text, path, label, declared, sourceLocale, allLocales, report);

  if (isObj(data.labels)) {
    for (const [name, text] of Object.entries(data.labels)) {
      // A label's placeholders are whatever its source text names; the generator fills them.
      const source = isObj(text) ? str(text[sourceLocale]) : undefined;
      const declared = source === undefined ? [] : scanPlaceholders(source).names;
      texts(text, ['labels', name], `label "${name}"`, declared);
    }
  }

  const errors = arr(data.errors);
  const retired = retiredNames(data);
  const codeAt = new Map<string, number>(); // lower-cased code or alias → entry index
  const classAt = new Map<string, number>();
  const statusesUsed = new Map<number, string>();
  /** Code → every status a client may see for it. */
  const codeStatuses = new Map<string, readonly number[]>();

  errors.forEach((entry, i) => {
    if (!isObj(entry)) return;
    const code = str(entry.code);
    const base: CatalogPath = ['errors', i];
    if (code !== undefined) {
      if (lookupKeyOf(code) in Object.prototype) {
        report(
          [...base, 'code'],
          `code "${code}" is matched as "${lookupKeyOf(code)}", a name every object has; choose another`,
        );
      }
      const first = codeAt.get(lookupKeyOf(code));
      const reused = retired.get(lookupKeyOf(code));
      if (reused !== undefined) {
        report([...base, 'code'], reuseMessage('code', code, reused, locate(reused.path).line));
      } else if (first !== undefined) {
        const other = str((errors[first] as Obj).code);
        const how =
          other === code
            ? `duplicate code "${code}"`
            : `code "${code}" collides with "${other}" (codes are matched case-insensitively)`;
        report([...base, 'code'], `${how}, first defined at line ${locate(['errors', first, 'code']).line}`);
      } else {
        codeAt.set(lookupKeyOf(code), i);
      }
      const className = classNameOf(code);
      const firstClass = classAt.get(className);
      if (RESERVED_CLASS_NAMES.has(className) || RESERVED_CLASS_NAMES.has(code)) {
        report([...base, 'code'], `code "${code}" derives the reserved identifier ${className}`);
      } else if (firstClass !== undefined && str((errors[firstClass] as Obj).code) !== code) {
        report(
          [...base, 'code'],
          `code "${code}" derives the class name ${className}, already derived by "${str((errors[firstClass] as Obj).code)}" at line ${locate(['errors', firstClass, 'code']).line}`,
        );
      } else {
        classAt.set(className, i);
      }
      // An invalid status is reported by the schema; tables built on it would only echo that.
      if (
        Number.isInteger(entry.httpStatus) &&
        (entry.httpStatus as number) >= 100 &&
        (entry.httpStatus as number) <= 599
      ) {
        const status = entry.httpStatus as number;
        const seen = arr(entry.statuses).filter((x): x is number => Number.isInteger(x));
        if (entry.statuses !== undefined && !seen.includes(status)) {
          report([...base, 'statuses'], `statuses of "${code}" must contain its httpStatus ${status}`);
        }
        const all = [...new Set([status, ...seen])];
        for (const st of all) statusesUsed.set(st, statusesUsed.get(st) ?? code);
        codeStatuses.set(code, all);
      }
      if (entry.messageSource === 'seed' && !(isObj(entry.sources) && isObj(entry.sources.seed))) {
        report([...base, 'messageSource'], `messageSource of "${code}" is seed, but its sources name no seed row`);
      }
    }
    checkEntryTexts(entry, base, texts, report);
    checkVariants(entry, base, texts, report);
    const messages: [CatalogPath, unknown][] = [
      [[...base, 'message'], entry.message],
      ...arr(entry.variants).map((v, j): [CatalogPath, unknown] => [
        [...base, 'variants', j, 'message'],
        isObj(v) ? v.message : undefined,
      ]),
    ];
    for (const [at, message] of messages) {
      const unsafe = typeof message === 'string' ? unsafeCharacter(message) : undefined;
      if (unsafe) report(at, `the wire message contains ${unsafe}; XML, headers and logs cannot carry it`);
    }
    const label = code ?? `entry ${i}`;
    checkCauses(entry.causes, [...base, 'causes'], label, texts);
    arr(entry.variants).forEach((v, j) => {
      if (isObj(v)) checkCauses(v.causes, [...base, 'variants', j, 'causes'], `${label}.${str(v.id) ?? j}`, texts);
    });
    if (entry.retryAfter !== undefined && entry.retryable === false) {
      report([...base, 'retryAfter'], 'retryAfter is set but the code is not retryable');
    }
    checkConstraints(entry, base, label, report);
    if (entry.retryWhen !== undefined && entry.retryable === false) {
      report([...base, 'retryWhen'], 'retryWhen is set but the code is not retryable');
    }
  });

  // A row of the seed table is one code or variant: a second entry citing it is a copy.
  const seedRowAt = new Map<number, { path: CatalogPath; label: string }>();
  errors.forEach((entry, i) => {
    if (!isObj(entry)) return;
    const cited: [CatalogPath, unknown, string][] = [
      [['errors', i], entry.sources, str(entry.code) ?? `entry ${i}`],
      ...arr(entry.variants).map((v, j): [CatalogPath, unknown, string] => [
        ['errors', i, 'variants', j],
        isObj(v) ? v.sources : undefined,
        `${str(entry.code) ?? i}.${isObj(v) ? (str(v.id) ?? j) : j}`,
      ]),
    ];
    for (const [base, sources, label] of cited) {
      const row = isObj(sources) && isObj(sources.seed) ? sources.seed.row : undefined;
      if (typeof row !== 'number') continue;
      const path: CatalogPath = [...base, 'sources', 'seed', 'row'];
      const first = seedRowAt.get(row);
      if (first === undefined) seedRowAt.set(row, { path, label });
      else report(path, `seed row ${row} is already cited by ${first.label} at line ${locate(first.path).line}`);
    }
  });

  // Aliases share the code namespace, after every code is known.
  errors.forEach((entry, i) => {
    if (!isObj(entry)) return;
    arr(entry.aliases).forEach((alias, j) => {
      if (typeof alias !== 'string') return;
      if (lookupKeyOf(alias) in Object.prototype) {
        report(
          ['errors', i, 'aliases', j],
          `alias "${alias}" is matched as "${lookupKeyOf(alias)}", a name every object has`,
        );
        return;
      }
      const first = codeAt.get(lookupKeyOf(alias));
      const reused = retired.get(lookupKeyOf(alias));
      if (reused !== undefined) {
        report(['errors', i, 'aliases', j], reuseMessage('alias', alias, reused, locate(reused.path).line));
      } else if (first !== undefined) {
        const other = str((errors[first] as Obj).code);
        report(
          ['errors', i, 'aliases', j],
          `alias "${alias}" collides with code "${other}" at line ${locate(['errors', first, 'code']).line}`,
        );
      } else {
        codeAt.set(lookupKeyOf(alias), i);
      }
    });
  });

  const lifecycle: LifecycleContext = {
    data,
    locate,
    report,
    checkTexts: texts,
    unsafeCharacter,
  };
  checkRetired(lifecycle);
  checkDeprecations(lifecycle);
  checkStatusDefaults(data, statusesUsed, codeStatuses, texts, report);
  return problems;
}

/**
 * A character no XML document, header or log line can carry faithfully: C0 controls but tab and
 * line breaks, DEL, the non-characters U+FFFE and U+FFFF, and a lone UTF-16 surrogate. Named so
 * the editor can find it.
 */
function unsafeCharacter(text: string): string | undefined {
  const found = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/.exec(text);
  if (found) {
    const c = found[0].charCodeAt(0);
    return `the ${c < 0x80 ? 'control ' : 'non-'}character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text))
    return 'a lone surrogate (half of a UTF-16 pair)';
  return undefined;
}

/** `checkTexts` with the catalog's locales and report bound. */
type TextCheck = (text: unknown, path: CatalogPath, label: string, declared?: readonly string[]) => void;

function checkEntryTexts(entry: Obj, base: CatalogPath, texts: TextCheck, report: Report) {
  const params = isObj(entry.params) ? entry.params : {};
  const declared = Object.keys(params);
  const code = str(entry.code) ?? `entry ${String(base[1])}`;
  texts(entry.text, [...base, 'text'], code, declared);
  // A declared placeholder that no text uses is a mistake in the declaration.
  const used = new Set<string>();
  for (const t of [entry.text, ...arr(entry.variants).map((v) => (isObj(v) ? v.text : undefined))]) {
    if (!isObj(t)) continue;
    for (const value of Object.values(t)) {
      const text = typeof value === 'string' ? value : isObj(value) ? str(value.text) : undefined;
      if (text) for (const n of scanPlaceholders(text).names) used.add(n);
    }
  }
  for (const name of declared) {
    if (jssErrorMembers().reserved.has(name)) {
      report(
        [...base, 'params', name],
        `param "${name}" would shadow JssError.${name}; choose another name (resource and requestId may be used: they are the error's own fields)`,
        'key',
      );
    } else if (!used.has(name) && !isWireParam(params[name])) {
      report(
        [...base, 'params', name],
        `param "${name}" is declared but no text uses {${name}} and the wire does not carry it (give it an element or a header)`,
        'key',
      );
    }
    const description = isObj(params[name]) ? params[name].description : undefined;
    texts(description, [...base, 'params', name, 'description'], `the description of ${code}.${name}`);
  }
  checkParamWire(params, [...base, 'params'], code, report);
  checkParamExamples(params, [...base, 'params'], code, report);
}

function checkVariants(entry: Obj, base: CatalogPath, texts: TextCheck, report: Report) {
  const declared = isObj(entry.params) ? Object.keys(entry.params) : [];
  const seen = new Map<string, number>();
  arr(entry.variants).forEach((variant, j) => {
    if (!isObj(variant)) return;
    const path: CatalogPath = [...base, 'variants', j];
    const id = str(variant.id);
    if (id !== undefined) {
      if (seen.has(id)) report([...path, 'id'], `duplicate variant id "${id}" in ${str(entry.code) ?? 'this code'}`);
      else seen.set(id, j);
    }
    texts(variant.text, [...path, 'text'], `${str(entry.code) ?? '?'}.${id ?? j}`, declared);
    if (str(variant.message) !== undefined && variant.message === entry.message) {
      report(
        [...path, 'message'],
        `variant "${id}" repeats its code's message; a variant exists to send a different one`,
      );
    }
  });
}

/** Every locale present, no undeclared locale, placeholders equal everywhere, translations current. */
function checkTexts(
  text: unknown,
  path: CatalogPath,
  label: string,
  declared: readonly string[],
  sourceLocale: string,
  allLocales: string[],
  report: Report,
) {
  if (!isObj(text)) return;
  for (const locale of allLocales) {
    if (!(locale in text)) report(path, `text of ${label} is missing locale "${locale}"`);
  }
  const sourceText = str(text[sourceLocale]);
  const sourceNames = sourceText === undefined ? undefined : scanPlaceholders(sourceText).names;
  for (const [locale, value] of Object.entries(text)) {
    const at = [...path, locale];
    if (allLocales.length > 0 && !allLocales.includes(locale)) {
      report(at, `locale "${locale}" is not listed in locales.all`, 'key');
      continue;
    }
    if (locale === sourceLocale) {
      if (isObj(value))
        report(at, `the source locale's text is a plain string; only translations record what they translate`);
    } else if (typeof value === 'string') {
      report(
        at,
        `a translation is { text, translates }: record which ${sourceLocale} text it translates${sourceText === undefined ? '' : ` (translates: "${sourceHash(sourceText)}" for the current one)`}`,
      );
    }
    const body = typeof value === 'string' ? value : isObj(value) ? str(value.text) : undefined;
    if (body === undefined) continue;
    const bodyPath = typeof value === 'string' ? at : [...at, 'text'];
    const unsafe = unsafeCharacter(body);
    if (unsafe) report(bodyPath, `${locale} text of ${label} contains ${unsafe}`);
    const scan = scanPlaceholders(body);
    if (scan.problem) {
      report(bodyPath, `${locale} text of ${label}: ${scan.problem}`);
      continue;
    }
    const icu = icuSyntaxProblem(body);
    if (icu) report(bodyPath, `${locale} text of ${label}: ${icu}`);
    const undeclared = scan.names.filter((n) => !declared.includes(n));
    if (undeclared.length > 0) {
      report(bodyPath, `${locale} text of ${label} uses ${listNames(undeclared)}, not declared in params`);
    } else if (locale !== sourceLocale && sourceNames && !sameNames(scan.names, sourceNames)) {
      report(
        bodyPath,
        `${locale} text of ${label} has placeholders ${listNames(scan.names)} but ${sourceLocale} has ${listNames(sourceNames)}`,
      );
    }
    if (locale !== sourceLocale && isObj(value) && sourceText !== undefined && typeof value.translates === 'string') {
      const current = sourceHash(sourceText);
      if (value.translates !== current) {
        report(
          [...at, 'translates'],
          `${locale} text of ${label} is stale: it translates an earlier ${sourceLocale} text (${value.translates}, now ${current}); check it, then run \`pnpm generate --accept-translations\``,
          'value',
          'warning',
        );
      }
    }
  }
}

/** Causes and fixes are texts like any other, without placeholders (they are about no one request). */
function checkCauses(causes: unknown, path: CatalogPath, label: string, texts: TextCheck) {
  arr(causes).forEach((item, k) => {
    if (!isObj(item)) return;
    for (const part of ['cause', 'fix'] as const) texts(item[part], [...path, k, part], `${part} ${k + 1} of ${label}`);
  });
}

function checkStatusDefaults(
  data: Obj,
  statusesUsed: Map<number, string>,
  codeStatuses: Map<string, readonly number[]>,
  texts: TextCheck,
  report: Report,
) {
  const knownCodes = new Set(arr(data.errors).map((e) => (isObj(e) ? str(e.code) : undefined)));
  const retiredCodes = new Set(arr(data.retired).map((e) => (isObj(e) ? str(e.code) : undefined)));
  const covered = new Map<number, number>();
  arr(data.statusDefaults).forEach((item, i) => {
    if (!isObj(item) || typeof item.httpStatus !== 'number') return;
    const path: CatalogPath = ['statusDefaults', i];
    if (covered.has(item.httpStatus)) {
      report([...path, 'httpStatus'], `status ${item.httpStatus} already has a default code`);
      return;
    }
    covered.set(item.httpStatus, i);
    if (!statusesUsed.has(item.httpStatus)) {
      report([...path, 'httpStatus'], `no code uses status ${item.httpStatus}`);
    }
    texts(item.note, [...path, 'note'], `the note of status ${item.httpStatus}`);
    const assumed: [CatalogPath, unknown][] = [
      [[...path, 'code'], item.code],
      ...Object.entries(isObj(item.operations) ? item.operations : {}).map(([op, c]): [CatalogPath, unknown] => [
        [...path, 'operations', op],
        c,
      ]),
    ];
    for (const [at, value] of assumed) {
      const code = str(value);
      if (code === undefined) continue;
      const statuses = codeStatuses.get(code);
      if (!knownCodes.has(code))
        report(
          at,
          retiredCodes.has(code) ? `"${code}" is retired; name a code of the catalog` : `unknown code "${code}"`,
        );
      else if (statuses !== undefined && !statuses.includes(item.httpStatus as number))
        report(at, `"${code}" is not seen with status ${item.httpStatus} (its statuses: ${statuses.join(', ')})`);
    }
  });
  for (const [status, code] of statusesUsed) {
    if (!covered.has(status)) {
      report(
        ['statusDefaults'],
        `status ${status} (used by "${code}") needs a default code for responses without a body`,
      );
    }
  }
}
