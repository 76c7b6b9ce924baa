import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../lib/chromium.mjs';
import { siteRoot } from '../lib/site.mjs';
import { errors, localeDir, locales } from './catalog.js';

/** The folder works opened from the disk: no server, no fetch, relative links to files. */
describe('the site from file://', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => chromium?.close());

  it.each(locales.all)(
    '%s: the index searches, and its links open the code pages and their language switch',
    async (locale) => {
      const page = await chromium.browser.newPage();
      const errorsSeen: string[] = [];
      page.on('pageerror', (e) => errorsSeen.push(String(e)));
      page.on('requestfailed', (r) => errorsSeen.push(r.url()));
      await page.goto(pathToFileURL(join(siteRoot, localeDir(locale), 'index.html')).href);
      const target = errors[errors.length - 1]!;
      const found = await page.evaluate(
        (q) => (window as unknown as { jssReferenceSearch: (q: string) => string[] }).jssReferenceSearch(q),
        target.code,
      );
      expect(found).toContain(target.code);
      await Promise.all([page.waitForNavigation(), page.click(`#found a[href$="${target.docPath}index.html"]`)]);
      expect(page.url()).toBe(pathToFileURL(join(siteRoot, localeDir(locale), target.docPath, 'index.html')).href);
      expect(await page.$eval('h1', (h) => h.textContent)).toBe(target.code);
      const other = locales.all.find((l) => l !== locale)!;
      await Promise.all([page.waitForNavigation(), page.click(`nav.langs a[hreflang|="${other}"]`)]);
      expect(page.url()).toBe(pathToFileURL(join(siteRoot, localeDir(other), target.docPath, 'index.html')).href);
      const css = await page.evaluate(() => getComputedStyle(document.body).maxWidth);
      expect(css).not.toBe('none'); // the stylesheet loaded
      expect(errorsSeen).toEqual([]);
      await page.close();
    },
  );
});
