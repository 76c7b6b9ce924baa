import { errorInfo, type JssParamWire } from '@jss/error-codes';
import { formatJssError, jssErrorCauses } from '@jss/errors-i18n';
import { describe, expect, it } from 'vitest';
import { bundlesOf, jssErrorCodes, jssLocales } from './catalog.js';
import { runCli } from './run-cli.js';

describe('explain in the terminal, every code in every locale', () => {
  it('prints the code, status, wire message, text, causes and fixes, variants and the page', async () => {
    const jobs = jssLocales.flatMap((locale) => jssErrorCodes.map((code) => ({ code, locale })));
    const bundles = Object.fromEntries(
      await Promise.all(jssLocales.map(async (l) => [l, await bundlesOf(l)] as const)),
    );
    for (const { code, locale } of jobs) {
      // Upper case: any case is accepted.
      const run = await runCli(['explain', code.toUpperCase(), '--lang', locale]);
      expect(run.status, `${code} ${locale}: ${run.stderr}`).toBe(0);
      const out = run.stdout;
      const info = errorInfo[code];
      const { messages, causes } = bundles[locale]!;
      expect(out.split('\n')[0]).toBe(code);
      expect(out).toContain(`  ${info.httpStatus}\n`);
      expect(out).toContain(info.message);
      expect(out).toContain(formatJssError(code as string, { locale, bundles: [messages] }));
      for (const c of jssErrorCauses(code, { locale, bundles: [causes] })) {
        expect(out).toContain(c.cause);
        expect(out).toContain(c.fix);
      }
      for (const [variant, message] of Object.entries(info.variants as Record<string, string>)) {
        expect(out).toContain(`  ${variant}  ${message}\n`);
        expect(out).toContain(formatJssError({ code, variant }, { locale, bundles: [messages] }));
        expect(out).toContain(`#${variant}\n`);
      }
      const retryAfter = (info as { retryAfter?: number }).retryAfter;
      const retryRow = out.split('\n').find((l) => l.startsWith('Retry-After '));
      expect(retryRow === undefined ? undefined : /\d+/.exec(retryRow)?.[0]).toBe(retryAfter?.toString());
      expect(out).toContain(info.docPath);
      // Each param on its own line with its type and, where the wire has it, the element or header.
      for (const [name, type] of Object.entries(info.params as Record<string, string>)) {
        const line = out.split('\n').find((l) => l.startsWith(`  ${name}  ${type}  `));
        expect(line, `${code} ${locale} ${name}`).toBeDefined();
        const wire = (info.wire as Record<string, JssParamWire>)[name];
        if (wire?.element !== undefined) expect(line).toContain(`<${wire.element}>`);
        if (wire?.header !== undefined) expect(line).toContain(wire.header);
      }
      // A pipe gets no colour.
      expect(out).not.toContain('\u001b');
    }
  });
});
