import { jssErrorCodes, resolveJssErrorCode } from '@jss/error-codes';
import { jssLocales, JSS_SOURCE_LOCALE, negotiateLocale } from '@jss/errors-i18n';
import { parseArgs, UsageError } from './args.js';
import { explainCode, type LocaleBundles } from './explanation.js';
import { codeAliases } from './generated/labels.js';
import { EXPLAIN_HELP } from './help.js';
import { type CliIo, EXIT } from './io.js';
import { jsonOutput } from './json-output.js';
import { printExplanation } from './print-explanation.js';
import { catalogRetiredCodes, type RetiredCodes } from './retired-codes.js';
import { styleFor } from './style.js';
import { nearestCodes } from './suggest.js';
import { forTerminal, quoteInput } from './terminal-text.js';

/** `jss-errors explain <code> [--lang zh] [--json]`. */
export async function explainCommand(
  args: readonly string[],
  io: CliIo,
  retired: RetiredCodes = catalogRetiredCodes,
): Promise<number> {
  const { positionals, flags } = parseArgs(args, { lang: 'value', json: 'flag', help: 'flag' });
  if (flags.help) {
    io.stdout.write(EXPLAIN_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('explain takes one code: jss-errors explain NoSuchBucket');
  const input = positionals[0]!;
  const json = flags.json === true;
  const code = resolveJssErrorCode(input);
  if (code === undefined) {
    const gone = retired.resolve(input);
    return gone === undefined ? unknownCode(input, json, io) : retiredCode(gone, retired, json, io);
  }
  const locale = chooseLocale(typeof flags.lang === 'string' ? flags.lang : undefined, io);
  const explanation = explainCode(code, await loadBundles(locale));
  io.stdout.write(json ? jsonOutput(explanation) : printExplanation(explanation, styleFor(io)));
  return EXIT.ok;
}

/** A catalog locale for `--lang` (`zh-CN` is `zh`); a language without texts falls back, saying so. */
function chooseLocale(lang: string | undefined, io: CliIo): string {
  if (lang === undefined) return JSS_SOURCE_LOCALE;
  const locale = negotiateLocale(lang, jssLocales);
  const asked = lang.toLowerCase().split(/[-_]/)[0];
  if (asked !== locale.toLowerCase().split('-')[0])
    io.stderr.write(
      `jss-errors: no texts in ${quoteInput(lang)}; showing ${locale} (have: ${jssLocales.join(', ')})\n`,
    );
  return locale;
}

/** The locale's texts and causes, only now: `list` and `--help` never load them. */
async function loadBundles(locale: string): Promise<LocaleBundles> {
  // `locale` is one of jssLocales, so these specifiers name modules the package ships.
  const [messages, causes] = await Promise.all([
    import(`@jss/errors-i18n/locales/${locale}`),
    import(`@jss/errors-i18n/causes/${locale}`),
  ]);
  return { locale, messages: messages.default, causes: causes.default };
}

/** A code the catalog retired: said plainly, with its replacement, not offered as a typo. */
function retiredCode(code: string, retired: RetiredCodes, json: boolean, io: CliIo): number {
  const info = retired.info(code);
  if (json) {
    io.stdout.write(jsonOutput({ error: 'retiredCode', code, ...info }));
  } else {
    // Catalog text, printed through forTerminal like every text `explain` shows.
    const style = styleFor(io, 'stderr');
    const instead = info.replacement === undefined ? '' : ` Use ${style.bold(forTerminal(info.replacement))} instead.`;
    io.stderr.write(
      `jss-errors: ${style.bold(forTerminal(code))} was retired on ${forTerminal(info.since)}: ${forTerminal(info.reason)}${instead}\n`,
    );
  }
  return EXIT.notFound;
}

function unknownCode(input: string, json: boolean, io: CliIo): number {
  const index: Record<string, string> = {};
  for (const code of jssErrorCodes) {
    index[code.toLowerCase()] = code;
    for (const alias of Object.hasOwn(codeAliases, code) ? codeAliases[code]! : []) index[alias.toLowerCase()] = code;
  }
  const suggestions = nearestCodes(input, index);
  if (json) {
    io.stdout.write(jsonOutput({ error: 'unknownCode', input, suggestions }));
  } else {
    const style = styleFor(io, 'stderr');
    const hint =
      suggestions.length > 0
        ? `Did you mean ${suggestions.map((s) => style.bold(s)).join(', ')}?`
        : 'Run `jss-errors list` to see every code.';
    io.stderr.write(`jss-errors: unknown code ${quoteInput(input)}. ${hint}\n`);
  }
  return EXIT.notFound;
}
