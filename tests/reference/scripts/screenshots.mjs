// pnpm --filter @jss/reference-tests screenshots: the index, a search and code pages (two whole, with the
// details their responses carry), desktop (1280 px) and
// phone (360 px), light and dark, written to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../lib/chromium.mjs';
import { repoRoot, siteRoot } from '../lib/site.mjs';
import { serveStatic } from '../lib/static-server.mjs';

const out = join(repoRoot, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const pages = [
  ['index', 'index.html'],
  ['search-zh', `zh/index.html?q=${encodeURIComponent('存储空间 不存在')}`],
  ['code', 'errors/BucketNotEmpty/index.html'],
  ['code-zh', 'zh/errors/NoSuchBucket/index.html'],
  // Codes whose responses carry more: the table of the details (fields and headers), whole page.
  ['code-fields', 'errors/InvalidRange/index.html', true],
  ['code-fields-zh', 'zh/errors/RequestTimeTooSkewed/index.html', true],
];
const widths = [
  ['desktop', 1280, 900],
  ['phone', 360, 780],
];
const server = await serveStatic(siteRoot);
const chromium = await launchChromium();
try {
  const page = await chromium.browser.newPage();
  for (const scheme of ['light', 'dark']) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    for (const [name, path, fullPage = false] of pages) {
      for (const [device, width, height] of widths) {
        await page.setViewport({ width, height, deviceScaleFactor: 1 });
        await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
        const file = join(out, `${name}-${device}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage });
        console.log(file);
      }
    }
  }
} finally {
  await chromium.close();
  await server.close();
}
