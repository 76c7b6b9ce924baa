import { describe, expect, it } from 'vitest';
import { useSite } from './browser.js';
import { errors, localeDir, locales } from './catalog.js';

describe('the language switch', () => {
  const site = useSite();

  it('on every code page, leads to the same code in every other language, and back', async () => {
    const page = await site.browser.newPage();
    for (const e of errors)
      for (const from of locales.all)
        for (const to of locales.all.filter((l) => l !== from)) {
          await page.goto(new URL(`${localeDir(from)}${e.docPath}index.html`, site.url).href);
          await Promise.all([page.waitForNavigation(), page.click(`nav.langs a[hreflang="${to}"]`)]);
          expect(new URL(page.url()).pathname).toBe(`/${localeDir(to)}${e.docPath}index.html`);
          expect(await page.$eval('html', (h) => h.lang)).toBe(to);
          expect(await page.$eval('h1', (h) => h.textContent)).toBe(e.code);
          expect(await page.$eval(`nav.langs a[hreflang="${to}"]`, (a) => a.getAttribute('aria-current'))).toBe('page');
        }
    await page.close();
  });

  it('keeps the status page and the index', async () => {
    const page = await site.browser.newPage();
    const status = errors[0]!.httpStatus;
    for (const path of [`status/${status}/index.html`, 'index.html'])
      for (const from of locales.all)
        for (const to of locales.all.filter((l) => l !== from)) {
          await page.goto(new URL(`${localeDir(from)}${path}`, site.url).href);
          await Promise.all([page.waitForNavigation(), page.click(`nav.langs a[hreflang="${to}"]`)]);
          expect(new URL(page.url()).pathname).toBe(`/${localeDir(to)}${path}`);
        }
    await page.close();
  });
});
