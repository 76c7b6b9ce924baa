import { describe, expect, it } from 'vitest';
import { useSite } from './browser.js';
import { errors, localeDir, locales } from './catalog.js';

describe('the language switch', () => {
  const site = useSite();

  // Every code page's switch is clicked in pages.test.ts, in the same visit as its other checks.
  it('keeps the status page and the index', async () => {
    const page = await site.browser.newPage();
    const status = errors[0]!.httpStatus;
    for (const path of [`status/${status}/index.html`, 'index.html'])
      for (const from of locales.all)
        for (const to of locales.all.filter((l) => l !== from)) {
          await page.goto(new URL(`${localeDir(from)}${path}`, site.url).href);
          await Promise.all([page.waitForNavigation(), page.click(`nav.langs a[hreflang|="${to}"]`)]);
          expect(new URL(page.url()).pathname).toBe(`/${localeDir(to)}${path}`);
        }
    await page.close();
  });
});
