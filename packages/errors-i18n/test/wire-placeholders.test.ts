import { errorInfo, jssErrorCodes, type JssParamWire } from '@jss/error-codes';
import { createJssError } from '@jss/errors';
import { formatJssError, jssLocales } from '@jss/errors-i18n';
import { jssMessageBundles } from '@jss/errors-i18n/all';
import { describe, expect, it } from 'vitest';

describe('a field the wire carries can be a placeholder of the text', () => {
  it.each(jssLocales)('%s: the text shows the value read from the response', (locale) => {
    const { messages } = jssMessageBundles.find((b) => b.locale === locale)!;
    let used = 0;
    for (const code of jssErrorCodes) {
      const { params, wire } = errorInfo[code] as {
        params: Record<string, string>;
        wire: Record<string, JssParamWire>;
      };
      for (const name of Object.keys(wire)) {
        if (!messages[code]?.includes(`{${name}}`)) continue;
        const value = params[name] === 'integer' ? 7340033 : 'wire-value-7340033';
        const error = createJssError(code, { [name]: value } as never);
        expect(formatJssError(error, { locale, bundles: jssMessageBundles }), `${code}.${name}`).toContain(
          String(value),
        );
        used++;
      }
    }
    // The catalog uses at least one (InvalidRange's text names {actualObjectSize}).
    expect(used).toBeGreaterThan(0);
  });
});
