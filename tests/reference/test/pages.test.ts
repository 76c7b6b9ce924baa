import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagesOf, siteRoot } from '../lib/site.mjs';
import { useSite } from './browser.js';
import { errors, localeDir, locales } from './catalog.js';

const pages = pagesOf(siteRoot);
const PHONE = 360;

/** The locale a page is in, from its folder. */
function localeOf(page: string): string {
  return locales.all.find((l) => l !== locales.source && page.startsWith(`${l}/`)) ?? locales.source;
}

describe('the site has a page for', () => {
  it.each(locales.all)('every code, every status and the index in %s', (locale) => {
    const dir = localeDir(locale);
    for (const e of errors) expect(pages).toContain(`${dir}${e.docPath}index.html`);
    for (const s of new Set(errors.flatMap((e) => e.statuses))) expect(pages).toContain(`${dir}status/${s}/index.html`);
    expect(pages).toContain(`${dir}index.html`);
  });
});

describe('every page in Chromium, 360 px wide', () => {
  const site = useSite();

  it(`renders ${pages.length} pages with no script error, in their language, no wider than a phone, and every link resolves`, async () => {
    const page = await site.browser.newPage();
    await page.setViewport({ width: PHONE, height: 740 });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${String(error)}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()}: ${m.text()}`));
    page.on('requestfailed', (r) => problems.push(`${page.url()}: failed ${r.url()}`));
    for (const path of pages) {
      const response = await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: document.querySelector('h1')?.textContent ?? '',
        width: document.documentElement.scrollWidth,
        hrefs: Array.from(
          document.querySelectorAll('a[href], link[href], script[src]'),
          (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
        ),
      }));
      expect(facts.lang, path).toBe(localeOf(path));
      expect(facts.h1.length, path).toBeGreaterThan(0);
      expect(facts.width, `${path} scrolls sideways at ${PHONE} px`).toBeLessThanOrEqual(PHONE);
      for (const href of facts.hrefs) expectLinkResolves(path, href);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** A link is relative, names a file of the site, and its anchor is an id on that page. */
function expectLinkResolves(from: string, href: string): void {
  if (href.startsWith('data:')) return; // inline (the empty favicon): no request at all
  expect(href, `${from}: ${href}`).not.toMatch(/^([a-z]+:|\/)/i);
  const [path = '', anchor] = href.split('#');
  const target = path === '' ? from : posix.normalize(posix.join(posix.dirname(from), path));
  expect(target.startsWith('../'), `${from}: ${href} leaves the site`).toBe(false);
  expect(target.endsWith('/'), `${from}: ${href} names a folder, not its file`).toBe(false);
  expect(existsSync(join(siteRoot, target)), `${from}: ${href} → ${target}`).toBe(true);
  if (anchor !== undefined && anchor !== '') {
    const html = readFileSync(join(siteRoot, target), 'utf8');
    expect(html, `${from}: #${anchor} on ${target}`).toContain(`id="${decodeURIComponent(anchor)}"`);
  }
}
