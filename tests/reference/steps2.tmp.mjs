import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { launchChromium } from './lib/chromium.mjs';
import { pagesOf, siteRoot } from './lib/site.mjs';
import { serveStatic } from './lib/static-server.mjs';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const axeSource = readFileSync(axePath, 'utf8');
const server = await serveStatic(siteRoot);
const c = await launchChromium();
const all = pagesOf(siteRoot).filter((_, i) => i % 5 === 0);
const mode = process.argv[2];
const page = await c.browser.newPage();
if (mode === 'newdoc') await page.evaluateOnNewDocument(axeSource);
const t0 = performance.now(); let tg = 0, ti = 0, ta = 0;
for (const p of all) {
  let a = performance.now();
  await page.goto(new URL(p, server.url).href, { waitUntil: mode === 'dcl' ? 'domcontentloaded' : 'load' }); tg += performance.now() - a; a = performance.now();
  if (mode !== 'newdoc') await page.evaluate(axeSource); ti += performance.now() - a; a = performance.now();
  await page.evaluate(async () => (await axe.run({ resultTypes: ['violations'] })).violations.length); ta += performance.now() - a;
}
console.log(mode, all.length, 'per page: goto', (tg / all.length).toFixed(0), 'inject', (ti / all.length).toFixed(0), 'axe', (ta / all.length).toFixed(0), 'total', ((performance.now() - t0) / all.length).toFixed(0));
await c.close(); await server.close();
