import { describe, expect, it } from 'vitest';
import { useSite } from './browser.js';
import { errors, localeDir, locales } from './catalog.js';

/** The layout shift score Chromium records while the page loads and the search script runs. */
describe('no layout shift', () => {
  const site = useSite();
  const paths = locales.all.flatMap((l) => [
    `${localeDir(l)}index.html`,
    `${localeDir(l)}index.html?q=${encodeURIComponent(errors[0]!.code)}`,
    `${localeDir(l)}${errors[0]!.docPath}index.html`,
  ]);

  it.each(paths)('%s at phone and desktop widths', async (path) => {
    for (const width of [360, 1280]) {
      const page = await site.browser.newPage();
      await page.setViewport({ width, height: 800 });
      await page.evaluateOnNewDocument(() => {
        const w = window as unknown as { shift: number };
        w.shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.shift += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
      await page.close();
    }
  });
});
