import { describe, it } from 'vitest';
import { axeViolations } from '../lib/axe.mjs';
import { pagesOf, siteRoot } from '../lib/site.mjs';
import { useSite } from './browser.js';
import { useWindows } from './windows.js';

// Every page is checked light on a desktop in pages.test.ts, in the same visit as its other checks.
describe('axe-core in dark mode on a phone', () => {
  const site = useSite();
  const windows = useWindows(site);
  const sample = pagesOf(siteRoot)
    .filter((p) => p.endsWith('/index.html'))
    .filter((_, i) => i % 7 === 0);

  it.concurrent.for(['index.html', ...sample, 'index.html?q=bucket'])('finds no violation on %s', (path, { expect }) =>
    windows.with(async ({ page }) => {
      await page.setViewport({ width: 360, height: 740 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.goto(new URL(path, site.url).href);
      expect(await axeViolations(page)).toEqual([]);
    }),
  );
});
