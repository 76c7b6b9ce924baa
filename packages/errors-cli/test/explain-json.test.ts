import { errorInfo, JSS_REFERENCE_BASE_URL, type JssParamWire } from '@jss/error-codes';
import { formatJssError, jssErrorCauses } from '@jss/errors-i18n';
import { describe, expect, it } from 'vitest';
import { bundlesOf, jssErrorCodes, jssLocales, JSS_SOURCE_LOCALE } from './catalog.js';
import { runCli } from './run-cli.js';

describe('explain --json, every code in every locale', () => {
  it('gives the catalog facts, the locale text and causes, and the page', async () => {
    const jobs = jssLocales.flatMap((locale) => jssErrorCodes.map((code) => ({ code, locale })));
    const bundles = Object.fromEntries(
      await Promise.all(jssLocales.map(async (l) => [l, await bundlesOf(l)] as const)),
    );
    for (const { code, locale } of jobs) {
      // Lower case: any case is accepted.
      const run = await runCli(['explain', code.toLowerCase(), '--lang', locale, '--json']);
      expect(run.status, `${code} ${locale}: ${run.stderr}`).toBe(0);
      expect(run.stderr).toBe('');
      const out = JSON.parse(run.stdout);
      const info = errorInfo[code];
      const { messages, causes } = bundles[locale]!;
      const page = `${JSS_REFERENCE_BASE_URL}${locale === JSS_SOURCE_LOCALE ? '' : `${locale}/`}${info.docPath}`;
      expect(out).toMatchObject({
        code,
        locale,
        httpStatus: info.httpStatus,
        statuses: info.statuses,
        message: info.message,
        fault: info.fault,
        retryable: info.retryable,
        throttling: info.throttling,
        aws: info.aws,
        docUrl: page,
        text: formatJssError(code as string, { locale, bundles: [messages] }),
        causes: jssErrorCauses(code, { locale, bundles: [causes] }),
      });
      expect(out.retryAfter).toBe((info as { retryAfter?: number }).retryAfter);
      // Every param, typed, where the wire has it, described in the locale.
      const wire = info.wire as Record<string, JssParamWire>;
      expect(out.fields, `${code} ${locale}`).toEqual(
        Object.entries(info.params as Record<string, string>).map(([name, type]) => ({
          name,
          type,
          ...wire[name],
          description: expect.stringMatching(/\S/),
        })),
      );
      expect(out.variants.map((v: { id: string }) => v.id)).toEqual(Object.keys(info.variants));
      for (const v of out.variants) {
        expect(v.message).toBe((info.variants as Record<string, string>)[v.id]);
        expect(v.text).toBe(formatJssError({ code, variant: v.id }, { locale, bundles: [messages] }));
        expect(v.docUrl).toBe(`${page}#${v.id}`);
        if (v.causes) expect(v.causes).toEqual(jssErrorCauses({ code, variant: v.id }, { locale, bundles: [causes] }));
      }
    }
  });
});
